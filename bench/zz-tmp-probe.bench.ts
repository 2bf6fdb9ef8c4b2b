import { it } from 'vitest';
import { analyzeMessage } from '../lib/analysis';
const SENTENCES = [
  'The nightly export failed at 02:14 UTC with a timeout on the orders table.',
  'I tried rerunning it with a larger batch size, but the same error came back.',
  'Either we split the job by tenant or we move it to the read replica; the replica is cheaper to run.',
  'I suggest moving it to the replica because it keeps the primary free during the backup window.',
  '@data-eng could you review the change in https://github.com/acme/etl/pull/812 by Thursday 17:00 CET?',
  'Finance needs the numbers before the month-end close, so this is on the critical path for them.',
  'Last week the same job took 14 minutes; this week it takes 48 minutes for roughly the same row count.',
  'No rush on the dashboard part, sometime next week is fine.',
];
function prose(length: number): string { let out = ''; for (let i = 0; out.length < length; i++) out += SENTENCES[(i * 5) % SENTENCES.length]! + (i % 6 === 5 ? '\n\n' : ' '); return out.slice(0, length); }
it('probe', () => {
  const p500 = prose(500);
  for (let i = 0; i < 500; i++) analyzeMessage(p500);
  let best = Infinity;
  for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); const t0 = performance.now(); for (let i = 0; i < 2000; i++) analyzeMessage(p500); const c = process.cpuUsage(c0); const wall = (performance.now() - t0) / 2000 * 1000; best = Math.min(best, (c.user + c.system) / 2000); console.log('cpu', ((c.user + c.system) / 2000).toFixed(1), 'wall', wall.toFixed(1)); }
  console.log('best cpu us', best.toFixed(1), process.execArgv.join(' '));
});
