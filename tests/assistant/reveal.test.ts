// Quiet start through the controller: a badge with no score until the draft has a first sentence,
// 40 characters or a pause; then it opens by itself unless the user folded it.
import { afterEach, describe, expect, it } from 'vitest';
import { PAUSE_MS } from '../../lib/sidebar/quiet';
import { setupAssistant } from './harness';

describe('quiet start', () => {
  let t: ReturnType<typeof setupAssistant>;
  afterEach(() => t?.life.abort());

  it('one word stays a quiet badge; a first sentence opens it', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('h');
    await t.typed();
    expect(t.state()).toMatchObject({ quiet: true, collapsed: true, openedByUser: false });
    t.host.type('ey team');
    await t.typed();
    expect(t.state()).toMatchObject({ quiet: true, collapsed: true });
    t.host.type(', can you review PR #12?');
    await t.typed();
    expect(t.state()).toMatchObject({ quiet: false, collapsed: false });
  });

  it('a pause after two words is enough; typing again does not fold it', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('quick question');
    await t.typed();
    expect(t.state()).toMatchObject({ quiet: true, collapsed: true });
    await t.typed(PAUSE_MS);
    expect(t.state()).toMatchObject({ quiet: false, collapsed: false });
    t.host.type(' about');
    await t.typed();
    expect(t.state().collapsed).toBe(false);
  });

  it('the user can open it while quiet (and it says so), and a cleared draft folds it again', async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('h');
    await t.typed();
    t.assistant.toggleCollapsed();
    expect(t.state()).toMatchObject({ quiet: true, collapsed: false, openedByUser: true });
    t.host.type('ello, could you look at the failing deploy job please');
    await t.typed();
    t.host.pressEnter();
    await t.typed();
    expect(t.state()).toMatchObject({ collapsed: true, openedByUser: false });
  });

  it("does not open under the badge's menu, nor as it closes: it opens when the user writes on", async () => {
    t = setupAssistant();
    t.assistant.start(t.life.signal);
    t.host.type('quick question');
    await t.typed();
    t.assistant.menuOpened(true);
    await t.typed(PAUSE_MS);
    expect(t.state()).toMatchObject({ quiet: false, collapsed: true });
    t.assistant.menuOpened(false);
    expect(t.state()).toMatchObject({ quiet: false, collapsed: true });
    t.host.type(' about');
    await t.typed();
    expect(t.state()).toMatchObject({ collapsed: false, openedByUser: false });
  });
});
