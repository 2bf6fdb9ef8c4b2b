// @vitest-environment happy-dom
// Switching conversations through the host's own entry: already there, no entry, an entry that opens it.
import { afterEach, describe, expect, it } from 'vitest';
import { openVia } from '../../lib/hosts/open-conversation';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('openVia', () => {
  it('already showing the conversation: nothing is clicked', async () => {
    let clicks = 0;
    const entry = document.createElement('a');
    entry.addEventListener('click', () => clicks++);
    expect(await openVia(document, entry, () => true, "Slack's sidebar")).toEqual({ ok: true, via: 'here' });
    expect(clicks).toBe(0);
  });

  it('no entry on the page: says so, clicks nothing', async () => {
    expect(await openVia(document, null, () => false, "Teams' chat list")).toEqual({
      ok: false,
      reason: "it has no entry in Teams' chat list on this page",
    });
  });

  it("clicks the entry like a person and waits until the page shows the conversation (the host's render)", async () => {
    const header = document.createElement('h1');
    header.textContent = 'general';
    const entry = document.createElement('a');
    const events: string[] = [];
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click'])
      entry.addEventListener(type, () => events.push(type));
    // The host renders the new conversation a moment after the click.
    entry.addEventListener('click', () => setTimeout(() => (header.textContent = 'releases'), 20));
    document.body.append(header, entry);
    expect(await openVia(document, entry, () => header.textContent === 'releases', "Slack's sidebar")).toEqual({
      ok: true,
      via: 'entry',
    });
    expect(events).toEqual(['pointerdown', 'mousedown', 'mouseup', 'click']);
  });
});
