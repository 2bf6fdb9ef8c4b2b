// The draft's analysis as the controller sees it: a request to the background that may answer late,
// out of order, or not at all. Only the newest request's answer is delivered.
import type { AnalysisResult } from '../protocol/responses';
import type { AnalysisRequestOptions, AssistantDeps } from './types';
import { errorMessage } from '../contained';

/** The sidebar's calm line when the background does not answer (e.g. the extension was updated under the page). */
export const ANALYSIS_UNAVAILABLE = "Composure's analysis is unavailable — reload the page after updating the extension.";

/** Errors meaning no (current) background is there to analyse; anything else keeps the last analysis quietly. */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'no-response' || code === 'unknown-type';
}

/** Calls `analyze`, turning a synchronous throw into a rejection. */
export function analyzeSafely(analyze: AssistantDeps['analyze'], text: string, options: AnalysisRequestOptions): Promise<AnalysisResult> {
  try {
    return analyze(text, options);
  } catch (error) {
    return Promise.reject(error);
  }
}

export interface LatestAnalysis {
  /** Starts analysing `text`; supersedes every earlier request. `current` is asked again when the answer arrives. */
  run(
    text: string,
    options: AnalysisRequestOptions,
    current: () => boolean,
    done: { result(r: AnalysisResult): void; failed(error: unknown): void },
  ): void;
}

/** Latest-wins requests: a stale answer (a newer draft was sent since) is dropped, as is its failure. */
export function latestAnalysis(analyze: AssistantDeps['analyze']): LatestAnalysis {
  let seq = 0;
  return {
    run(text, options, current, done) {
      const mine = ++seq;
      const fresh = () => mine === seq && current();
      analyzeSafely(analyze, text, options).then(
        (r) => void (fresh() && done.result(r)),
        (error: unknown) => {
          if (!fresh()) return;
          // Never the draft: what failed, not what was written.
          console.debug('[composure] analysis failed', errorMessage(error));
          done.failed(error);
        },
      );
    },
  };
}
