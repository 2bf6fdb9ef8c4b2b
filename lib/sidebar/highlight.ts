// Splits a draft into plain and marked runs for the evidence preview. Pure, so spans from the
// engine (UTF-16 offsets, possibly overlapping or out of range) are cleaned in one tested place.

export interface Run {
  text: string;
  marked: boolean;
}

/** Sorted, clamped, merged copies of `spans` within a text of `length` code units. */
export function mergeSpans(spans: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  const clean = spans
    .map(([a, b]): [number, number] => [Math.max(0, Math.min(a, length)), Math.max(0, Math.min(b, length))])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of clean) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The draft as alternating runs, marked where a span covers it. */
export function highlightRuns(text: string, spans: ReadonlyArray<readonly [number, number]>): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const [a, b] of mergeSpans(spans, text.length)) {
    if (a > at) runs.push({ text: text.slice(at, a), marked: false });
    runs.push({ text: text.slice(a, b), marked: true });
    at = b;
  }
  if (at < text.length || runs.length === 0) runs.push({ text: text.slice(at), marked: false });
  return runs;
}
