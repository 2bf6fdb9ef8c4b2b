// @vitest-environment happy-dom
// Recipients on every layout the public captures show, read from the fixture fragments: exact names,
// no badge text, no internal ids as handles, the right conversation kind and id.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../lib/hosts/slack/adapter';
import { createTeamsAdapter } from '../../lib/hosts/teams/adapter';
import type { Composer } from '../../lib/hosts/types';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/hosts');
const page = (...fragments: string[]) => {
  document.body.innerHTML = fragments.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
};
const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

describe('Teams recipients', () => {
  const teams = () => createTeamsAdapter({ doc: document });
  beforeEach(() => setUrl('https://teams.microsoft.com/v2/'));

  it('internal 1:1: the topic person, without the internal id as a handle', () => {
    page('teams/header-one.html');
    const c = teams().conversation(null);
    expect(c).toMatchObject({ title: 'Dana Scully', kind: 'dm', participants: [{ name: 'Dana Scully' }] });
    expect(c.participants[0]).not.toHaveProperty('handle');
  });

  it('internal 1:1 whose presence pill reads "Out of office": the partner is away, as Teams shows', () => {
    page('teams/header-one-ooo.html');
    expect(teams().conversation(null).participants).toEqual([
      { name: 'Dana Scully', away: { label: 'out of office', host: 'Teams' } },
    ]);
  });

  it('a presence other than "Out of office" (Available, Away) says nothing about the day', () => {
    page('teams/header-one.html');
    expect(teams().conversation(null).participants[0]).not.toHaveProperty('away');
    page('teams/header-group.html');
    expect(
      teams()
        .conversation(null)
        .participants.some((p) => p.away),
    ).toBe(false);
  });

  it('unnamed group: each topic entry is away only when the pill it names in aria-labelledby says so', () => {
    page('teams/header-group-ooo.html');
    const people = teams().conversation(null).participants;
    expect(people.find((p) => p.name === 'Dana Scully')?.away).toEqual({ label: 'out of office', host: 'Teams' });
    expect(people.filter((p) => p.away).map((p) => p.name)).toEqual(['Dana Scully']);
  });

  it('external 1:1: the name without the "External" trust badge', () => {
    page('teams/header-external.html');
    expect(teams().conversation(null)).toMatchObject({
      title: 'Lena Park',
      kind: 'dm',
      participants: [{ name: 'Lena Park' }],
    });
  });

  it('external 1:1 whose badge lost its data-testid: the structural fallback still strips it', () => {
    page('teams/header-external-untagged.html');
    expect(teams().conversation(null)).toMatchObject({ title: 'Lena Park', participants: [{ name: 'Lena Park' }] });
  });

  it('unnamed group: every member named in the header, no handles', () => {
    page('teams/header-group.html');
    const c = teams().conversation(null);
    expect(c.kind).toBe('group');
    expect(c.participants).toEqual([{ name: 'Dana Scully' }, { name: 'Walter Skinner' }, { name: 'Lena Park' }]);
    expect(c.membersHidden).toBeUndefined();
  });

  it('named group: members hidden until the roster is read, then exact and without yourself', () => {
    page('teams/header-named.html');
    const adapter = teams();
    expect(adapter.conversation(null)).toMatchObject({
      title: 'Release crew',
      kind: 'group',
      participants: [],
      membersHidden: true,
    });
    page('teams/header-named.html', 'teams/roster.html');
    const open = adapter.conversation(null);
    expect(open.participants).toEqual([{ name: 'Dana Scully' }, { name: 'Walter Skinner' }, { name: 'John Doggett' }]);
    expect(open.paths).toContain('people:roster:0:structure');
    // Closed again: the members read stay known for this chat.
    page('teams/header-named.html');
    expect(adapter.conversation(null)).toMatchObject({
      participants: [{ name: 'Dana Scully' }, { name: 'Walter Skinner' }, { name: 'John Doggett' }],
    });
  });

  it('a roster without remove buttons falls back to the "You" subtitle', () => {
    page('teams/header-named.html', 'teams/roster-unlisted.html');
    for (const b of Array.from(document.querySelectorAll('[data-tid="chat-header-remove-user-button"]'))) b.remove();
    const c = teams().conversation(null);
    expect(c.participants.map((p) => p.name)).toEqual(['Dana Scully', 'Walter Skinner', 'John Doggett']);
    expect(c.paths).toContain('people:roster:1:text');
  });
});

describe('Slack recipients and conversation', () => {
  const slack = () => createSlackAdapter({ doc: document });

  it('the open pane names the conversation when the URL is stale at cold start', () => {
    setUrl('https://app.slack.com/client/T0123/C0457');
    page('slack/sidebar.html', 'slack/header-button.html', 'slack/messages.html');
    const c = slack().conversation(null);
    expect(c).toMatchObject({ key: 'slack:T0123/C0456', kind: 'channel', participants: [] });
    expect(c.paths).toContain('id:message-pane(url-named-C0457)');
  });

  it('no messages rendered: the URL names it', () => {
    setUrl('https://app.slack.com/client/T0123/C0459');
    page('slack/sidebar.html', 'slack/header-button.html');
    expect(slack().conversation(null)).toMatchObject({
      key: 'slack:T0123/C0459',
      kind: 'channel',
      paths: ['id:url', 'kind:sidebar-row(private)'],
    });
  });

  it('DM and group DM from the sidebar row type, the header naming the people', () => {
    setUrl('https://app.slack.com/client/T0123/D0789');
    page('slack/sidebar.html', 'slack/header-dm.html');
    expect(slack().conversation(null)).toMatchObject({
      kind: 'dm',
      participants: [{ name: 'Dana Scully' }],
      paths: ['id:url', 'kind:sidebar-row(im)'],
    });
    setUrl('https://app.slack.com/client/T0123/G0999');
    // A group DM whose header lost its modifier: the sidebar row still says mpim.
    page('slack/sidebar.html', 'slack/header-button.html');
    document.querySelector('.p-view_header__channel_title')!.textContent = 'Dana Scully, Walter Skinner';
    expect(slack().conversation(null)).toMatchObject({
      kind: 'group',
      participants: [{ name: 'Dana Scully' }, { name: 'Walter Skinner' }],
    });
  });

  it('without the sidebar, the header modifier, then the id letter decides', () => {
    setUrl('https://app.slack.com/client/T0123/G0999');
    page('slack/header-mpdm.html');
    expect(slack().conversation(null)).toMatchObject({ kind: 'group', paths: ['id:url', 'kind:header'] });
    page('slack/header-button.html');
    expect(slack().conversation(null).paths).toContain('kind:id-letter(G, ambiguous)');
  });

  it('in a thread, the people who wrote there are recipients (once each, not yourself)', () => {
    setUrl('https://app.slack.com/client/T0123/C0456/thread/C0456-1765505499.805759');
    page('slack/sidebar.html', 'slack/header-button.html', 'slack/thread.html');
    const editable = document.querySelector<HTMLElement>('[data-qa="threads_flexpane"] [data-qa="texty_input"]')!;
    const thread: Composer = { host: 'slack', kind: 'thread', editable, region: editable.parentElement! };
    const c = slack().conversation(thread);
    expect(c.participants).toEqual([{ name: 'Walter Skinner' }, { name: 'Monica Reyes' }]);
    expect(c.key).toBe('slack:T0123/C0456');
    // Yourself (the sidebar's "you" row) never counts.
    document.querySelector('[data-qa="message_sender_name"]')!.textContent = 'Ana Weber';
    expect(
      slack()
        .conversation(thread)
        .participants.map((p) => p.name),
    ).toEqual(['Monica Reyes', 'Walter Skinner']);
  });
});
