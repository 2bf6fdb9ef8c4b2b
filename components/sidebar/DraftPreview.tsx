// A small read-only copy of the draft with the chosen evidence marked.
import { useEffect, useRef } from 'preact/hooks';
import { highlightRuns } from '../../lib/sidebar/highlight';

interface DraftPreviewProps {
  draft: string;
  spans: ReadonlyArray<readonly [number, number]>;
  label: string;
}

export function DraftPreview({ draft, spans, label }: DraftPreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  // Long drafts scroll; bring the first mark into the little window (visual only; the box is
  // position: relative, so offsetTop is measured from it).
  useEffect(() => {
    const el = box.current;
    const mark = el?.querySelector('mark');
    if (!el || !(mark instanceof HTMLElement)) return;
    if (mark.offsetTop + mark.offsetHeight <= el.clientHeight) {
      el.scrollTop = 0;
      return;
    }
    // Snap to a line boundary with one line of context above, so no line shows half cut.
    const line = parseFloat(getComputedStyle(el).lineHeight) || 17;
    const top = parseFloat(getComputedStyle(el).paddingTop) || 0;
    el.scrollTop = Math.max(0, (Math.floor((mark.offsetTop - top) / line) - 1) * line);
  }, [draft, spans]);
  return (
    <div class="composure-preview" ref={box} data-testid="preview" role="region" aria-label={label}>
      {highlightRuns(draft, spans).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </div>
  );
}
