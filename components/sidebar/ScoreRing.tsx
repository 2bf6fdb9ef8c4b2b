// The completeness score as a ring. Bands get a shape cue too (a full ring reads as done).

interface ScoreRingProps {
  /** null when there is nothing to score (pending or not applicable): the ring stays empty. */
  score: number | null;
  size?: number;
}

/** 'high' / 'mid' / 'low', so colour is never the only carrier: the number sits inside. */
export function scoreBand(score: number): 'high' | 'mid' | 'low' {
  if (score >= 80) return 'high';
  if (score >= 50) return 'mid';
  return 'low';
}

export function ScoreRing({ score, size = 40 }: ScoreRingProps) {
  const stroke = size > 30 ? 3.5 : 2.5;
  const r = (size - stroke) / 2;
  const length = 2 * Math.PI * r;
  const value = score === null ? 0 : Math.max(0, Math.min(100, score));
  const band = score === null ? 'none' : scoreBand(value);
  return (
    <span
      class={`composure-ring composure-ring--${band}`}
      style={{ width: `${size}px`, height: `${size}px` }}
      role="img"
      aria-label={score === null ? 'No completeness score' : `Completeness ${score} of 100`}
    >
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} aria-hidden="true" focusable="false">
        <circle class="composure-ring-track" cx={size / 2} cy={size / 2} r={r} stroke-width={stroke} fill="none" />
        {score !== null && value > 0 && (
          <circle
            class="composure-ring-value"
            cx={size / 2}
            cy={size / 2}
            r={r}
            stroke-width={stroke}
            fill="none"
            stroke-linecap="round"
            stroke-dasharray={`${(value / 100) * length} ${length}`}
            transform={`rotate(-90 ${size / 2} ${size / 2})`}
          />
        )}
      </svg>
      <span class="composure-ring-number" data-testid="score">
        {score === null ? '' : String(score)}
      </span>
    </span>
  );
}
