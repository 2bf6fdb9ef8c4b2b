// The sidebar's write actions: inserting a suggested line into the host's editor and adding an
// unknown recipient to the team directory.
import type { InsertSource, NewPerson } from './types';
import { defaultMe } from '../records/defaults';
import type { World } from './world';
import { errorMessage } from '../contained';

/** What the write actions use of the world. */
type EditsWorld = Pick<World, 'baseProblem' | 'deps' | 'record' | 'refresh' | 'session' | 'store'>;

/** Someone added from the sidebar starts with the same usual week as a fresh install; the popup edits the details. */
const DEFAULT_HOURS = defaultMe('UTC').workingHours;

/** Inserts `text` on its own line at the end of the draft, the way a person would type it, its first [blank] selected. */
export async function insertSuggestion(world: EditsWorld, text: string, source: InsertSource): Promise<void> {
  const session = world.session;
  if (!session) return;
  const result = await world.deps.adapter.insertText(session.composer, text, { newLine: true, selectBlank: true });
  if (!result.ok) {
    world.store.set({ problem: `Could not insert the line (${result.error ?? 'the editor refused it'}). Copy it from the tooltip instead.` });
    return;
  }
  if (world.store.get().problem !== world.baseProblem) world.store.set({ problem: world.baseProblem });
  if (source.kind === 'part') world.record({ kind: 'suggestion-inserted', part: source.part });
  else if (source.kind === 'expectation') world.record({ kind: 'suggestion-inserted', part: 'expectation' });
  world.refresh();
}

/** Records days away for a known person (what the host shows, on the user's click), then re-matches recipients. */
export async function recordAway(world: EditsWorld, personId: string, range: { start: string; end: string }, forget: () => void): Promise<void> {
  try {
    await world.deps.client.request({ type: 'people/time-off', id: personId, range });
  } catch (error) {
    world.store.set({ problem: `Could not record the time off: ${errorMessage(error)}` });
    return;
  }
  forget();
  const session = world.session;
  if (session) session.recipientsKey = '';
  world.refresh();
}

/** Adds an unknown participant to the directory with the chosen zone, then re-matches recipients. */
export async function addPerson(world: EditsWorld, person: NewPerson, forget: () => void): Promise<void> {
  try {
    await world.deps.client.request({
      type: 'people/upsert',
      person: { name: person.name.replace(/^@/, ''), handles: person.handle ? [person.handle] : [], timeZone: person.timeZone, workingHours: DEFAULT_HOURS },
    });
  } catch (error) {
    world.store.set({ problem: `Could not add ${person.name}: ${errorMessage(error)}` });
    return;
  }
  forget();
  const session = world.session;
  if (session) session.recipientsKey = '';
  world.refresh();
}
