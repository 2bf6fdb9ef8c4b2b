// Who a draft reaches, matched to the directory once per conversation and mention set; unknown
// people are one action away from being added with a zone.
import { afterEach, describe, expect, it } from 'vitest';
import { mentionsIn, queriesFor, toRecipients } from '../../lib/assistant/recipients';
import { setupAssistant } from './harness';

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };

describe('recipients', () => {
  let t: ReturnType<typeof setupAssistant>;
  afterEach(() => {
    t?.life.abort();
    t?.bg.db.close();
  });

  it('reads @-mentions, not emails, broadcasts or sentence punctuation', () => {
    expect(mentionsIn('@Ana and @bo.li, ping ana@acme.io; @here @channel also @payments-oncall.')).toEqual(['ana', 'bo.li', 'payments-oncall']);
    expect(queriesFor({ kind: 'dm', participants: [{ name: 'Ana' }] }, '@bo can you?')).toEqual([{ name: 'Ana' }]);
    expect(queriesFor({ kind: 'channel', participants: [] }, '@bo can you?')).toEqual([{ name: '@bo', handle: 'bo' }]);
  });

  it('matches participants and mentions through the directory, asking once per conversation and mention set', async () => {
    t = setupAssistant({ kind: 'group', participants: [{ name: 'Ana Lima', handle: '8:orgid:ana' }, { name: 'Zed' }] });
    await t.bg.call({ type: 'people/upsert', person: { name: 'Ana Lima', handles: [], timeZone: 'Europe/Berlin', workingHours: HOURS } });
    await t.bg.call({ type: 'people/upsert', person: { name: 'Bo', handles: ['bo'], timeZone: 'Asia/Kolkata', workingHours: HOURS } });
    t.assistant.start(t.life.signal);
    t.host.type('Could someone');
    await t.typed();
    await t.until(() => expect(t.state().sendTime?.recipients.map((r) => [r.name, r.known])).toEqual([['Ana Lima', true], ['Zed', false]]));
    t.host.type(' review this');
    await t.typed();
    expect(t.requests.filter((r) => r === 'people/match')).toHaveLength(1);
    t.host.type(', @bo?');
    await t.typed();
    await t.until(() => expect(t.state().sendTime?.recipients.map((r) => r.name)).toEqual(['Ana Lima', 'Bo', 'Zed']));
    expect(t.requests.filter((r) => r === 'people/match')).toHaveLength(2);
  });

  it('adds an unknown participant with the chosen zone, then shows their local time', async () => {
    t = setupAssistant({ kind: 'dm', participants: [{ name: 'Zed', handle: 'zed' }] });
    t.assistant.start(t.life.signal);
    t.host.type('Can you review PR #3 by Friday?');
    await t.typed();
    await t.until(() => expect(t.state().sendTime?.recipients).toMatchObject([{ name: 'Zed', known: false, handle: 'zed' }]));
    await t.assistant.addPerson({ name: 'Zed', handle: 'zed', timeZone: 'America/Sao_Paulo' });
    await t.until(() => expect(t.state().sendTime?.recipients).toMatchObject([{ name: 'Zed', known: true, timeZone: 'America/Sao_Paulo', status: expect.stringMatching(/^\d\d:\d\d /) }]));
    expect((await t.bg.call({ type: 'people/list' }))[0]).toMatchObject({ name: 'Zed', handles: ['zed'], timeZone: 'America/Sao_Paulo' });
  });
});

describe('toRecipients', () => {
  const record = { id: 'p1', name: 'Dana Scully', timeZone: 'Europe/Berlin', workingHours: {}, handles: [], emails: [] };
  it('names a matched person as the host shows them, and a mention by the directory', () => {
    const match = { people: [record], matches: [{ query: 'DANA Scully', personId: 'p1' }, { query: 'dana', personId: 'p1' }] } as never;
    expect(toRecipients([{ name: 'DANA Scully' }], match).people[0]).toMatchObject({ name: 'Dana Scully', seenAs: 'DANA Scully' });
    expect(toRecipients([{ name: '@dana', handle: 'dana' }], match).people[0]).not.toHaveProperty('seenAs');
  });

  it('carries what the host shows of an absence to a matched person and to an unknown one', () => {
    const away = { label: 'out of office', host: 'Teams' as const };
    const match = { people: [record], matches: [{ query: 'Dana Scully', personId: 'p1' }] } as never;
    const r = toRecipients([{ name: 'Dana Scully', away }, { name: 'Kim Lee', away }, { name: 'Bo' }], match);
    expect(r.people[0]!.away).toEqual(away);
    expect(r.unknown).toEqual([{ name: 'Kim Lee', away }, { name: 'Bo' }]);
  });
});
