// Trends: daily aggregates only (never message text), drawn as small SVG charts.
import { useState } from 'preact/hooks';
import { Empty, ErrorNote, Loading } from '../States';
import type { SectionProps } from '../types';
import { useLoad } from '../useLoad';
import { percent } from './chart-utils';
import { DailyBars } from './DailyBars';
import { MissingBars } from './MissingBars';
import { ScoreLine } from './ScoreLine';
import { UrgencyMix } from './UrgencyMix';

const RANGES = [7, 30, 90] as const;

/** The Trends tab. */
export function TrendsSection({ client }: SectionProps) {
  const [days, setDays] = useState<number>(30);
  const stats = useLoad(() => client.request({ type: 'stats/get', days }), [client, days]);

  const picker = (
    <div class="segmented compact" role="radiogroup" aria-label="Period">
      {RANGES.map((r) => (
        <label key={r} class={`seg${days === r ? ' on' : ''}`}>
          <input type="radio" name="trend-range" checked={days === r} onChange={() => setDays(r)} />
          {r} days
        </label>
      ))}
    </div>
  );
  const s = stats.state;
  if (s.status === 'loading') return <div class="section">{picker}<Loading label="Loading trends" /></div>;
  if (s.status === 'error') return <div class="section">{picker}<ErrorNote error={s.error} onRetry={stats.reload} /></div>;
  const { totals } = s.data;
  if (totals.messagesAssisted === 0 && totals.scheduledSends === 0) {
    return (
      <div class="section">
        {picker}
        <Empty title="No trends yet">
          <p>Write a message in Slack or Teams with Composure open and daily totals appear here.</p>
          <p class="muted small">Only counts and scores are kept — never message text.</p>
        </Empty>
      </div>
    );
  }
  return (
    <div class="section trends">
      {picker}
      <div class="tiles">
        <div class="tile"><span class="tile-value" data-testid="trend-messages">{totals.messagesAssisted}</span><span class="tile-label">messages assisted</span></div>
        <div class="tile"><span class="tile-value" data-testid="trend-average">{totals.averageScore ?? '–'}</span><span class="tile-label">average score</span></div>
        <div class="tile">
          <span class="tile-value" data-testid="trend-moved">{totals.sendsMovedIntoHours}<small>/{totals.scheduledSends}</small></span>
          <span class="tile-label">sends moved into their hours</span>
        </div>
      </div>
      <section class="chart-block" aria-label="Average score over time">
        <h3>Average score</h3>
        <ScoreLine days={s.data.days} />
      </section>
      <section class="chart-block" aria-label="Messages per day">
        <h3>Messages per day</h3>
        <DailyBars days={s.data.days} />
      </section>
      <section class="chart-block" aria-label="Most often missing">
        <h3>Most often missing</h3>
        <MissingBars missing={totals.missingParts} messages={totals.messagesAssisted} />
      </section>
      <section class="chart-block" aria-label="Urgency mix">
        <h3>Urgency mix</h3>
        <UrgencyMix mix={totals.urgencyMix} />
      </section>
      <p class="muted small">
        {totals.sendsMovedIntoHours} of {totals.scheduledSends} scheduled sends were moved into recipients’ working hours
        ({percent(totals.sendsMovedIntoHours, totals.scheduledSends)}%) · {totals.insertedSuggestions} suggestions inserted.
        Daily totals only; never message text.
      </p>
    </div>
  );
}
