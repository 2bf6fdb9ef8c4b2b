// Small formatting helpers for the popup. Pure.

/** "1 person", "3 people"-style pluralising: plural(3, 'draft') → '3 drafts'. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short unique id for list items created in the popup. */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** 'YYYY-MM-DD' of instant `at` on `timeZone`'s calendar. */
export function dateIn(at: number, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  } catch {
    return new Date(at).toISOString().slice(0, 10);
  }
}
