// Helpers for the Trends charts. Pure.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-03-02' → 'Mar 2'. */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return m && d ? `${MONTHS[m - 1]} ${d}` : day;
}

/** Whole percent of part in total (0 when total is 0). */
export function percent(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0;
}
