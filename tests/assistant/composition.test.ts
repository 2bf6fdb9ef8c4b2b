// Typing through an input method: while a composition is open the assistant neither analyses nor
// writes into the composer; the composition's end analyses once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANALYSIS_DEBOUNCE_MS } from '../../lib/assistant';
import { setupAssistant } from './harness';

let t: ReturnType<typeof setupAssistant>;
afterEach(() => {
  t.life.abort();
  t.bg.db.close();
  vi.restoreAllMocks();
});

describe('input-method composition', () => {
  it('no analysis while composing (not even one queued before it began); the end analyses', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    await t.settle();
    const analysed = () => t.requests.filter((r) => r === 'analysis/run').length;
    const before = analysed();
    // A keystroke queues an analysis, then a composition opens before it runs.
    t.host.type('Could you review PR #12 by Friday? ');
    t.host.composing = true;
    t.host.type('にほん');
    await t.typed(ANALYSIS_DEBOUNCE_MS * 4);
    expect(analysed()).toBe(before);
    expect(t.state().draft).toBe('');

    t.host.composing = false;
    t.host.type('');
    await t.typed();
    expect(analysed()).toBe(before + 1);
    expect(t.state().draft).toBe('Could you review PR #12 by Friday? にほん');
  });
});
