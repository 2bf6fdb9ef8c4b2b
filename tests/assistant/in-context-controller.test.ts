// The controller tells analysis/run the conversation: a DM's reader owns the ask, and recipients who
// share the sender's zone make "by EOD" unambiguous (asked again once the recipients are matched).
import { afterEach, describe, expect, it } from 'vitest';
import { setupAssistant } from './harness';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };
const REVIEW = 'can you review this PR? https://github.com/a/b/pull/1';
const EOD = 'Can @ana send me the numbers by EOD?';

describe('analysis in its conversation', () => {
  let t: ReturnType<typeof setupAssistant>;
  afterEach(() => {
    t?.life.abort();
    t?.bg.db.close();
  });

  const warningsFor = async (conversation: Parameters<typeof setupAssistant>[0], draft: string) => {
    t = setupAssistant(conversation);
    t.assistant.start(t.life.signal);
    t.host.type(draft);
    await t.typed();
    return t.state().analysis!;
  };

  it('a DM draft has no no-owner warning; the same draft in a channel does', async () => {
    const dm = await warningsFor({ kind: 'dm', participants: [{ name: 'Zed', handle: 'zed' }] }, REVIEW);
    expect(dm.warnings.map((w) => w.id)).not.toContain('no-owner');
    // In a DM the reader owns the ask: the owner part is not required (and not claimed present without a name).
    expect(dm.checks.find((c) => c.id === 'owner')).toMatchObject({ required: false });
    t.life.abort();
    t.bg.db.close();
    const channel = await warningsFor({ kind: 'channel', participants: [] }, REVIEW);
    expect(channel.warnings.map((w) => w.id)).toContain('no-owner');
    expect(channel.checks.find((c) => c.id === 'owner')).toMatchObject({ present: false });
    expect(dm.score).toBeGreaterThan(channel.score);
  });

  it('drops the zone warning once every recipient is matched to the sender\'s zone, keeps it otherwise', async () => {
    t = setupAssistant({ kind: 'group', participants: [{ name: 'Ana Lima', handle: 'ana' }] });
    await t.bg.call({ type: 'people/upsert', person: { name: 'Ana Lima', handles: ['ana'], timeZone: 'Europe/Berlin', workingHours: HOURS } });
    await t.bg.call({ type: 'settings/update', patch: { me: { timeZone: 'Europe/Paris' } } });
    t.assistant.start(t.life.signal);
    await t.settle();
    t.host.type(EOD);
    await t.typed();
    await t.until(() => expect(t.state().analysis!.warnings.map((w) => w.id)).not.toContain('deadline-no-zone'));

    t.life.abort();
    t.bg.db.close();
    t = setupAssistant({ kind: 'group', participants: [{ name: 'Ana Lima', handle: 'ana' }, { name: 'Zed' }] });
    await t.bg.call({ type: 'people/upsert', person: { name: 'Ana Lima', handles: ['ana'], timeZone: 'Europe/Berlin', workingHours: HOURS } });
    await t.bg.call({ type: 'settings/update', patch: { me: { timeZone: 'Europe/Paris' } } });
    t.assistant.start(t.life.signal);
    await t.settle();
    t.host.type(EOD);
    await t.typed();
    await t.until(() => expect(t.state().sendTime?.recipients.map((r) => r.name)).toEqual(['Ana Lima', 'Zed']));
    await t.settle();
    // Zed is not in the directory: he may be anywhere, so "by EOD" stays ambiguous.
    expect(t.state().analysis?.warnings.map((w) => w.id)).toContain('deadline-no-zone');
  });
});
