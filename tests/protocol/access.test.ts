// Who may ask what (issue 15 §1–2): the sender as the browser reports it decides, one table says what
// each context may send, and a content script sees only its own host's, account's and conversation's drafts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACCESS,
  EXTENSION_CALLER,
  accountOf,
  callerOf,
  type Caller,
  type SenderInfo,
} from '../../lib/background/access';
import { openOutboxItem } from '../../lib/background/outbox';
import { REQUEST_TYPES, isRequestType } from '../../lib/protocol/messages';
import { counts } from '../db/fresh-db';
import { MONDAY_9, setup } from '../background/harness';

const SELF = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
/** A content script's sender in a tab at `url`, as Chrome reports it. */
const tabSender = (url: string, extra: Partial<SenderInfo> = {}): SenderInfo => ({
  id: 'ext',
  url,
  origin: new URL(url).origin,
  tab: { id: 3, url },
  ...extra,
});
const content = (url: string): Caller => {
  const c = callerOf(tabSender(url), SELF);
  if (!c) throw new Error(`no caller for ${url}`);
  return c;
};

const WORK = content('https://teams.microsoft.com/v2/');
const HOME = content('https://teams.live.com/v2/');
const SLACK_T1 = content('https://app.slack.com/client/T1/C1');
const SLACK_T2 = content('https://app.slack.com/client/T2/C1');

describe('callerOf: the sender the browser reports', () => {
  it.each<[string, SenderInfo | undefined, Caller | null]>([
    [
      'the popup',
      { id: 'ext', url: 'chrome-extension://ext/popup.html', origin: 'chrome-extension://ext' },
      EXTENSION_CALLER,
    ],
    [
      'the popup in Firefox (no origin field)',
      { id: 'ext', url: 'chrome-extension://ext/popup.html' },
      EXTENSION_CALLER,
    ],
    [
      'our page opened in a tab',
      { id: 'ext', url: 'chrome-extension://ext/popup.html', tab: { id: 4 } },
      EXTENSION_CALLER,
    ],
    [
      'a Slack tab',
      tabSender('https://app.slack.com/client/T0123/C0456'),
      { kind: 'content', host: 'slack', origin: 'https://app.slack.com', account: 'T0123', tabId: 3 },
    ],
    [
      'a Teams tab naming its tenant',
      tabSender('https://teams.microsoft.com/v2/?tenantId=ABC-123'),
      { kind: 'content', host: 'teams', origin: 'https://teams.microsoft.com', account: 'abc-123', tabId: 3 },
    ],
    [
      'a Teams frame in a Teams tab',
      { id: 'ext', url: 'https://teams.live.com/frame.html', tab: { id: 9, url: 'https://teams.live.com/v2/' } },
      { kind: 'content', host: 'teams', origin: 'https://teams.live.com', account: null, tabId: 9 },
    ],
    [
      'a Slack tab behind a Defender for Cloud Apps proxy (its script runs only once the user granted it)',
      tabSender('https://app.slack.com.mcas.ms/client/T0123/C0456'),
      { kind: 'content', host: 'slack', origin: 'https://app.slack.com.mcas.ms', account: 'T0123', tabId: 3 },
    ],
    [
      'a proxied Teams tab',
      tabSender('https://teams.cloud.microsoft.mcas-gov.us/v2/?tenantId=ABC'),
      { kind: 'content', host: 'teams', origin: 'https://teams.cloud.microsoft.mcas-gov.us', account: 'abc', tabId: 3 },
    ],
    ['a proxy of a host Composure does not serve', tabSender('https://evil.example.mcas.ms/'), null],
    ['teams.live.com is never proxied', tabSender('https://teams.live.com.mcas.ms/v2/'), null],
    ['no sender', undefined, null],
    ['another extension', { id: 'other', url: 'chrome-extension://other/popup.html' }, null],
    ['another extension claiming our URL', { id: 'other', url: 'chrome-extension://ext/popup.html' }, null],
    ['a content script on another site', tabSender('https://evil.example/'), null],
    ['a host lookalike', tabSender('https://app.slack.com.evil.example/'), null],
    ['http, not https', tabSender('http://app.slack.com/client/T1/C1'), null],
    [
      'a URL and origin that disagree',
      tabSender('https://app.slack.com/client/T1/C1', { origin: 'https://evil.example' }),
      null,
    ],
    ['a host page without a tab', { id: 'ext', url: 'https://app.slack.com/client/T1/C1' }, null],
    ['no URL', { id: 'ext' }, null],
  ])('%s', (_name, sender, expected) => {
    expect(callerOf(sender, SELF)).toEqual(expected);
  });

  it('reads the account only from where the host shows it', () => {
    expect(accountOf('https://app.slack.com/client/t9ab/C1')).toBe('T9AB');
    expect(accountOf('https://teams.microsoft.com/l/chat/1?TENANTID=Contoso.onmicrosoft.com')).toBe(
      'contoso.onmicrosoft.com',
    );
    expect(accountOf('https://teams.microsoft.com/v2/')).toBeNull();
    expect(accountOf('not a url')).toBeNull();
  });
});

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t = setup();
});
afterEach(() => t.db.close());

/** Fields without which a content script's request is out of its scope (and so refused for another reason). */
const SCOPED: Partial<Record<string, object>> = { 'outbox/list': { conversationKey: 'slack:T1/C1' } };

describe('one table says which request each context may send', () => {
  it('classifies every request type', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...REQUEST_TYPES].sort());
  });

  it.each(REQUEST_TYPES.map((type) => [type, ACCESS[type]] as const))(
    '%s (%s): walked as the popup, a content script and a stranger',
    async (type, who) => {
      const msg = { type, ...SCOPED[type] };
      const before = await counts(t.db);
      expect(await t.route(msg, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const asContent = await t.route(msg, SLACK_T1);
      if (who === 'extension') {
        expect(asContent).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        // A refused request writes nothing.
        expect(await counts(t.db)).toEqual(before);
      } else expect(asContent.ok || asContent.error.code !== 'forbidden').toBe(true);
      const asPage = await t.route(msg, EXTENSION_CALLER);
      expect(asPage.ok || asPage.error.code !== 'forbidden').toBe(true);
    },
  );

  it('a refused sender learns nothing from validation: forbidden comes before invalid-request', async () => {
    expect(await t.route({ type: 'data/erase', confirm: 'yes please' }, SLACK_T1)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.route({ type: 'nope' }, null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.route({ type: 'nope' }, SLACK_T1)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('allows a content script exactly what the content script sends, and nothing the popup alone needs', () => {
    const ROOT = fileURLToPath(new URL('../..', import.meta.url));
    const sent = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name))
          for (const m of readFileSync(path, 'utf8').matchAll(/type: '([\w-]+\/[\w-]+)'/g))
            if (isRequestType(m[1])) sent.add(m[1]);
      }
    };
    for (const dir of ['lib/assistant', 'entrypoints/composer.content', 'components/sidebar']) walk(join(ROOT, dir));
    const allowed = REQUEST_TYPES.filter((type) => ACCESS[type] === 'content');
    expect([...sent].filter((type) => ACCESS[type as keyof typeof ACCESS] !== 'content')).toEqual([]);
    // Popup-only requests named by the issue stay refused.
    for (const type of [
      'backup/export',
      'backup/import',
      'data/erase',
      'settings/update',
      'people/import',
      'people/delete',
      'outbox/open',
    ] as const) {
      expect(ACCESS[type]).toBe('extension');
    }
    expect(allowed.length).toBeLessThan(REQUEST_TYPES.length / 2 + 2);
  });
});

const draft = (url: string, key: string, host: 'slack' | 'teams' = 'teams') => ({
  host,
  conversation: { key, title: 'Board prep', url },
  text: 'The board deck numbers, for you to check before Thursday',
  recipients: [],
  urgency: 'normal' as const,
  sendAt: MONDAY_9 + 3_600_000,
});

describe('drafts stay with their origin, account and conversation', () => {
  it('a work-account draft is invisible to a teams.live.com page with the same thread id or title', async () => {
    for (const key of ['teams:19:abc@thread.v2', 'teams:title:Board prep']) {
      const added = await t.call({ type: 'outbox/add', item: draft('https://teams.microsoft.com/v2/', key) });
      expect(added).toMatchObject({ origin: 'https://teams.microsoft.com' });
      const r = await t.route({ type: 'outbox/list', conversationKey: key }, HOME);
      expect(r).toEqual({ ok: true, data: [] });
      for (const type of ['outbox/take', 'outbox/cancel', 'outbox/sent-by-host'] as const) {
        expect(await t.route({ type, id: added.id }, HOME)).toMatchObject({ ok: false, error: { code: 'not-found' } });
      }
      expect((await t.db.outbox.get(added.id))?.status).toBe('scheduled');
      // Its own origin sees and takes it.
      expect(await t.route({ type: 'outbox/list', conversationKey: key }, WORK)).toMatchObject({
        ok: true,
        data: [{ id: added.id }],
      });
    }
  });

  it('binds a content script draft to the sender, whatever the message says', async () => {
    const r = await t.route({ type: 'outbox/add', item: draft('https://teams.live.com/v2/', 'teams:1') }, WORK);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const slackForTeams = await t.route(
      { type: 'outbox/add', item: draft('https://app.slack.com/client/T1/C1', 'slack:T1/C1', 'teams') },
      SLACK_T1,
    );
    expect(slackForTeams).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ok = await t.route(
      {
        type: 'outbox/add',
        item: {
          ...draft('https://app.slack.com/client/T1/C1', 'slack:T1/C1', 'slack'),
          origin: 'https://teams.live.com',
        },
      },
      SLACK_T1,
    );
    expect(ok).toMatchObject({ ok: true, data: { origin: 'https://app.slack.com', account: 'T1' } });
    expect(await counts(t.db)).toMatchObject({ outbox: 1 });
  });

  it('another Slack workspace never sees the draft, even under the same conversation key', async () => {
    const added = await t.route(
      { type: 'outbox/add', item: draft('https://app.slack.com/client/T1/C1', 'slack:C1', 'slack') },
      SLACK_T1,
    );
    expect(added.ok).toBe(true);
    expect(await t.route({ type: 'outbox/list', conversationKey: 'slack:C1' }, SLACK_T2)).toEqual({
      ok: true,
      data: [],
    });
    expect(await t.route({ type: 'outbox/list', conversationKey: 'slack:C1' }, SLACK_T1)).toMatchObject({
      ok: true,
      data: [{ conversation: { key: 'slack:C1' } }],
    });
  });

  it('a content script lists only one conversation; the popup lists everything', async () => {
    await t.call({ type: 'outbox/add', item: draft('https://teams.microsoft.com/v2/', 'teams:a') });
    await t.call({ type: 'outbox/add', item: draft('https://teams.microsoft.com/v2/', 'teams:b') });
    expect(await t.route({ type: 'outbox/list' }, WORK)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.route({ type: 'outbox/list', conversationKey: 'teams:a' }, WORK)).toMatchObject({
      ok: true,
      data: [{ conversation: { key: 'teams:a' } }],
    });
    expect(await t.call({ type: 'outbox/list' })).toHaveLength(2);
  });

  it('outbox links may only point at the manifest hosts: from the protocol, a backup, or an old row', async () => {
    for (const url of [
      'https://evil.example/phish',
      'https://app.slack.com.evil.example/x',
      'javascript:alert(1)',
      'http://app.slack.com/client/T1/C1',
    ]) {
      expect(await t.fail({ type: 'outbox/add', item: draft(url, 'k') })).toMatchObject({ code: 'invalid-request' });
    }
    await t.call({ type: 'outbox/add', item: draft('https://teams.microsoft.com/v2/', 'teams:a') });
    const backup = JSON.parse((await t.call({ type: 'backup/export' })).text);
    const evil = structuredClone(backup);
    evil.outbox[0].conversation.url = 'https://evil.example/';
    evil.outbox[0].origin = undefined;
    expect(await t.fail({ type: 'backup/import', text: JSON.stringify(evil) })).toMatchObject({ code: 'invalid-file' });
    expect(await t.fail({ type: 'backup/import', text: JSON.stringify(evil), dryRun: true })).toMatchObject({
      code: 'invalid-file',
    });
    const crossed = structuredClone(backup);
    crossed.outbox[0].origin = 'https://teams.live.com';
    expect(await t.fail({ type: 'backup/import', text: JSON.stringify(crossed) })).toMatchObject({
      code: 'invalid-file',
    });
    expect((await t.db.outbox.toArray()).map((i) => i.conversation.url)).toEqual(['https://teams.microsoft.com/v2/']);
    // A row written before links were checked: the notification's click opens nothing.
    await t.db.outbox.put({
      ...(await t.db.outbox.toArray())[0]!,
      id: 'old',
      status: 'due',
      origin: undefined,
      conversation: { key: 'k', title: 'x', url: 'https://evil.example/' },
    });
    const opened: string[] = [];
    t.ctx.port.openTab = async (url) => {
      opened.push(url);
      return { id: 1, url };
    };
    expect(await openOutboxItem(t.ctx, 'old')).toEqual({ delivered: false, outcome: 'unreachable' });
    expect(opened).toEqual([]);
  });
});

describe('a host page never edits our stores beyond its own', () => {
  const person = {
    name: 'Dana Scully',
    handles: ['dana'],
    timeZone: 'America/New_York',
    workingHours: { mon: [{ start: '09:00', end: '17:00' }] },
  };

  it('"Add person" from a page adds a new person, never renames or re-zones a known one', async () => {
    const { person: dana } = await t.call({ type: 'people/upsert', person });
    const hijack = await t.route(
      { type: 'people/upsert', person: { ...person, name: 'Mallory', timeZone: 'Asia/Tokyo' } },
      SLACK_T1,
    );
    expect(hijack).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(
      await t.route({ type: 'people/upsert', person: { ...person, id: dana.id, timeZone: 'Asia/Tokyo' } }, SLACK_T1),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.db.people.get(dana.id)).toMatchObject({ name: 'Dana Scully', timeZone: 'America/New_York' });
    const added = await t.route(
      { type: 'people/upsert', person: { ...person, name: 'Fox', handles: ['fox'] } },
      SLACK_T1,
    );
    expect(added).toMatchObject({ ok: true, data: { created: true, person: { name: 'Fox' } } });
  });

  it('"Record as time off" from a page only adds days away to a known person, within 60 days', async () => {
    const { person: dana } = await t.call({ type: 'people/upsert', person });
    const range = { start: '2026-12-14', end: '2026-12-18' };
    expect(await t.route({ type: 'people/time-off', id: dana.id, range }, SLACK_T1)).toMatchObject({
      ok: true,
      data: { added: true },
    });
    // Twice is once: a covered range adds nothing.
    expect(
      await t.route(
        { type: 'people/time-off', id: dana.id, range: { start: '2026-12-15', end: '2026-12-15' } },
        SLACK_T1,
      ),
    ).toMatchObject({
      ok: true,
      data: { added: false },
    });
    expect(await t.route({ type: 'people/time-off', id: 'nobody', range }, SLACK_T1)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await t.route(
        { type: 'people/time-off', id: dana.id, range: { start: '2026-01-01', end: '2026-12-31' } },
        SLACK_T1,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await t.route(
        { type: 'people/time-off', id: dana.id, range: { start: '2026-12-18', end: '2026-12-14' } },
        SLACK_T1,
      ),
    ).toMatchObject({ ok: false });
    expect(await t.db.people.get(dana.id)).toMatchObject({
      name: 'Dana Scully',
      timeZone: 'America/New_York',
      outOfOffice: [range],
    });
  });

  it('a page sets the dock side and reports diagnostics for its own host only', async () => {
    expect(await t.route({ type: 'placement/set', host: 'teams', side: 'left' }, SLACK_T1)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.route({ type: 'placement/set', host: 'slack', side: 'left' }, SLACK_T1)).toMatchObject({
      ok: true,
      data: { slack: 'left' },
    });
    const failures = [{ feature: 'composer', message: 'x' }];
    expect(await t.route({ type: 'diagnostics/report', host: 'teams', failures }, SLACK_T1)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await t.route({ type: 'diagnostics/report', host: 'slack', failures }, SLACK_T1)).toMatchObject({
      ok: true,
    });
  });
});
