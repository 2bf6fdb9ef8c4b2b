// Who a draft asks and by when, for the send-time rule (lib/schedule/README.md): the owner part matched to the
// recipients (in a DM, the partner), and the deadline part resolved to an instant. Pure.
import type { Analysis } from '../analysis/types';
import type { FoundDeadline } from '../schedule';
import type { DirectoryPerson } from './send-time-view';

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}._-]+/u).filter(Boolean);

/** Whether the owner phrase names this person: '@dana', 'Dana', 'Dana Scully', 'dana.scully'. */
function names(phrase: string, person: DirectoryPerson): boolean {
  const said = new Set(words(phrase.replace(/@/g, ' ')));
  const handle = person.handle?.replace(/^@/, '').toLowerCase();
  if (handle && said.has(handle)) return true;
  const full = words(person.name);
  if (full.length === 0) return false;
  // The first name alone is how people address each other ("Priya, could you…").
  if (full[0]!.length >= 2 && said.has(full[0]!)) return true;
  return said.has(full.join('.')) || said.has(full.join('_')) || said.has(full.join(''));
}

/**
 * Ids of the recipients the ask is directed at: in a DM the partner; elsewhere the recipients the
 * draft's owner part names. [] when there is no owner part (then everyone is a target).
 */
export function ownersOf(draft: string, analysis: Analysis | null, people: DirectoryPerson[], direct: boolean): string[] {
  if (direct) return people.map((p) => p.id);
  const owner = analysis?.applicable ? analysis.checks.find((c) => c.id === 'owner') : undefined;
  if (!owner?.present) return [];
  const phrases = owner.spans.map(([s, e]) => draft.slice(s, e));
  return people.filter((p) => phrases.some((phrase) => names(phrase, p))).map((p) => p.id);
}

const overlaps = ([a, b]: [number, number], spans: Array<[number, number]>) => spans.some(([s, e]) => a < e && s < b);

/**
 * The instant the draft needs its answer: the earliest resolved deadline phrase that the analysis
 * counts as the deadline part (all resolved phrases while there is no analysis yet). Undefined when
 * the draft has no deadline part, or one the resolver cannot place ("before the release").
 */
export function deadlineOf(resolved: readonly FoundDeadline[], analysis: Analysis | null): number | undefined {
  let candidates = resolved;
  if (analysis?.applicable) {
    const part = analysis.checks.find((c) => c.id === 'deadline');
    if (!part?.present) return undefined;
    const matching = resolved.filter((d) => overlaps(d.span, part.spans));
    if (matching.length > 0) candidates = matching;
  }
  return candidates.length > 0 ? Math.min(...candidates.map((d) => d.at)) : undefined;
}
