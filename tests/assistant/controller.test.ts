// The controller over a fake host and the real background: attaching, analysis off the keystroke
// path, urgency overrides, inserts, per-message stats, re-attaching and diagnostics.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_DEBOUNCE_MS } from '../../lib/assistant';
import { WAKE_QUIET_MS } from '../../lib/assistant/pipeline';
import { REPORT_AFTER_MS } from '../../lib/assistant/diagnostics';
import { SEND_CONFIRM_MS } from '../../lib/assistant/sent';
import { setupAssistant } from './harness';

const BLOCKER =
  'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.acme.io/runs/812). @ana could you confirm by EOD Thursday?';

let t: ReturnType<typeof setupAssistant>;
afterEach(() => {
  t.life.abort();
  t.bg.db.close();
  vi.restoreAllMocks();
});

describe('assistant controller', () => {
  it('attaches to the active composer and analyses only after the typing pauses', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    await t.settle();
    expect(t.state()).toMatchObject({ composer: { host: 'slack', kind: 'channel' }, conversation: { key: 'slack:T1/C1', title: 'design' } });
    expect(t.assistant.current()).toBe(t.host.active);

    t.host.type(BLOCKER);
    // The keystroke itself never analyses: the state is what it was before typing.
    expect(t.state().draft).toBe('');
    t.advance(ANALYSIS_DEBOUNCE_MS - 1);
    expect(t.state().draft).toBe('');
    await t.typed(1);
    expect(t.state().draft).toBe(BLOCKER);
    expect(t.state().analysis?.applicable).toBe(true);
    expect(t.state().analysis?.score).toBeGreaterThan(50);
    expect(t.state().urgency).toBe(t.state().analysis?.urgency.label);
    expect(t.state().expectation).toMatch(/\S/);
  });

  it('stays folded to the pill while there is nothing to check, opens when writing starts, honours the user', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    expect(t.state().collapsed).toBe(true);
    t.host.type('Could @ana review PR #12?');
    await t.typed();
    expect(t.state().collapsed).toBe(false);
    t.assistant.toggleCollapsed();
    expect(t.state().collapsed).toBe(true);
    t.host.type(' Thanks');
    await t.typed();
    expect(t.state().collapsed).toBe(true);
    t.assistant.toggleCollapsed();
    t.host.pressEnter();
    await t.typed();
    expect(t.state().collapsed).toBe(true);
    // Opened by the user on an empty draft: stays open.
    t.assistant.toggleCollapsed();
    await t.typed();
    expect(t.state().collapsed).toBe(false);
  });

  it('a burst of keystrokes is analysed once', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    await t.settle();
    const analyze = vi.fn(t.state);
    t.assistant.store.subscribe(analyze);
    for (const ch of 'Could @ana review PR #12 by Friday?') {
      t.host.type(ch);
      t.advance(30);
    }
    expect(analyze).not.toHaveBeenCalled();
    await t.typed();
    expect(t.state().draft).toBe('Could @ana review PR #12 by Friday?');
  });

  it('an urgency override holds for the draft and resets when it is sent or the conversation changes', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('Could @ana review PR #12 by Friday?');
    await t.typed();
    const analysed = t.state().urgency;
    t.assistant.setUrgency('urgent');
    expect(t.state()).toMatchObject({ urgency: 'urgent', urgencyOverridden: true });
    expect(t.state().expectation).toMatch(/^Urgent/);
    t.host.type(' Thanks!');
    await t.typed();
    expect(t.state().urgency).toBe('urgent');

    t.host.pressEnter();
    t.advance(SEND_CONFIRM_MS);
    await t.typed();
    expect(t.state()).toMatchObject({ urgencyOverridden: false });

    t.host.type('Next draft');
    await t.typed();
    t.assistant.setUrgency('fyi');
    t.host.replaceComposer({ key: 'slack:T1/D2', title: 'Ana' });
    t.assistant.sync();
    await t.typed();
    expect(t.state()).toMatchObject({ conversation: { key: 'slack:T1/D2' }, urgencyOverridden: false });
  });

  it('inserts a suggestion on its own line and records it (aggregate only)', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('Could @ana review PR #12?');
    await t.typed();
    const check = t.state().analysis!.checks.find((c) => !c.present && c.suggestion)!;
    await t.assistant.insert(check.suggestion!, { kind: 'part', part: check.id });
    await t.assistant.insert(t.state().expectation, { kind: 'expectation' });
    expect(t.host.inserts.map((i) => i.opts)).toEqual([{ newLine: true, selectBlank: true }, { newLine: true, selectBlank: true }]);
    expect(t.host.active!.text).toContain(`\n${check.suggestion}`);
    await t.until(async () => expect((await t.bg.call({ type: 'stats/get', days: 1 })).totals.insertedSuggestions).toBe(2));
  });

  it('a refused insert is said calmly in the sidebar and cleared by the next one that works', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('Could @ana review PR #12?');
    await t.typed();
    t.host.insertResult = { ok: false, via: 'execCommand', error: 'the editor did not accept the text' };
    await t.assistant.insert('Context: the release waits on it.', { kind: 'part', part: 'context' });
    expect(t.state().problem).toBe('Could not insert the line (the editor did not accept the text). Copy it from the tooltip instead.');
    expect(t.host.active!.text).toBe('Could @ana review PR #12?');
    t.host.insertResult = { ok: true, via: 'execCommand' };
    await t.assistant.insert('Context: the release waits on it.', { kind: 'part', part: 'context' });
    expect(t.state().problem).toBeNull();
  });

  it('records one message event per real send, analysed after the key press, never the text', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type(BLOCKER);
    await t.typed();
    const analysis = t.state().analysis!;
    // Enter that the host did not turn into a send (e.g. it picked an autocomplete entry): not counted.
    t.host.pressEnter(undefined, false);
    t.advance(SEND_CONFIRM_MS);
    await t.settle();
    t.host.pressEnter();
    expect(t.host.sent).toEqual([BLOCKER]);
    t.advance(SEND_CONFIRM_MS);
    await t.until(async () => {
      const day = (await t.bg.call({ type: 'stats/get', days: 1 })).days[0]!;
      expect(day).toMatchObject({ messagesAssisted: 1, scoreSum: analysis.score, scoreCount: 1 });
      expect(day.urgencyMix[analysis.urgency.label]).toBe(1);
    });
    const stored = JSON.stringify(await t.bg.db.stats.toArray());
    expect(stored).not.toContain('ERR_LOCK_TIMEOUT');
  });

  it('wakes the background when focus comes back to the same composer after a quiet spell, and only then', async () => {
    let wakes = 0;
    t = setupAssistant({}, { wake: () => void wakes++ });
    t.assistant.start(t.life.signal);
    t.host.type('Could you');
    await t.typed();
    expect(t.state().draft).toBe('Could you');
    const woken = wakes;
    expect(woken).toBeGreaterThan(0); // the burst's own
    // Focus back within the quiet time of that analysis: the worker is still up.
    t.assistant.sync({ focused: true });
    expect(wakes).toBe(woken);
    // (Its follow-up requests settle within a second; then nothing is asked for a quiet spell.)
    t.advance(WAKE_QUIET_MS + 1000);
    // A re-render check (no focus) never wakes; focus into the same composer does, once.
    t.assistant.sync();
    expect(wakes).toBe(woken);
    t.assistant.sync({ focused: true });
    t.assistant.sync({ focused: true });
    expect(wakes).toBe(woken + 1);
    expect(t.assistant.current()).toBe(t.host.active);
  });

  it('follows focus into another composer, keeps its composer otherwise, and re-attaches when it is re-rendered', async () => {
    t = setupAssistant();
    const channel = t.host.active!;
    const thread = t.host.addComposer('thread');
    t.assistant.start(t.life.signal);
    t.host.active = thread;
    t.assistant.sync();
    expect(t.assistant.current()).toBe(channel);
    t.assistant.sync({ focused: true });
    expect(t.assistant.current()).toBe(thread);
    expect(t.state().composer?.kind).toBe('thread');
    const attachId = t.state().attachId;
    // Typing in the old composer no longer reaches the assistant (its listeners were aborted).
    t.host.type('old', channel);
    await t.typed();
    expect(t.state().draft).toBe('');
    t.host.composers = t.host.composers.filter((c) => c !== thread);
    t.host.active = channel;
    t.assistant.sync();
    expect(t.assistant.current()).toBe(channel);
    expect(t.state().attachId).toBe(attachId + 1);
    t.host.composers = [];
    t.host.active = null;
    t.assistant.sync();
    expect(t.state().composer).toBeNull();
  });

  it('reports a lasting set of selector failures once, and says what it costs', async () => {
    t = setupAssistant();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.host.failed = ['sendButton', 'header'];
    t.assistant.start(t.life.signal);
    expect(debug).toHaveBeenCalledWith('[composure] selectors failed:', 'sendButton,header', expect.anything());
    expect(t.state().problem).toBe('Some Slack controls were not recognised, so sent messages are not counted; the conversation name may be missing.');
    t.host.replaceComposer();
    t.assistant.sync();
    t.advance(REPORT_AFTER_MS);
    await t.until(async () => expect(await t.bg.call({ type: 'diagnostics/get' })).toHaveLength(2));
    const stored = await t.bg.call({ type: 'diagnostics/get' });
    expect(stored.map((d) => d.feature).sort()).toEqual(['header', 'sendButton']);
    t.host.replaceComposer();
    t.assistant.sync();
    t.advance(REPORT_AFTER_MS);
    await t.settle();
    expect(await t.bg.call({ type: 'diagnostics/get' })).toHaveLength(2);
  });

  it('never lets an adapter failure escape', async () => {
    t = setupAssistant();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    t.host.adapter.activeComposer = () => {
      throw new Error('host changed');
    };
    t.host.active = null;
    t.host.composers = [];
    expect(() => t.assistant.start(t.life.signal)).not.toThrow();
    expect(debug).toHaveBeenCalledWith('[composure] attach failed', expect.any(Error));
  });
});
