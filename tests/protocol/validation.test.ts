import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES } from '../../lib/protocol/messages';
import { ProtocolError } from '../../lib/protocol/responses';
import { parseRequest } from '../../lib/protocol/validate';

function rejects(raw: unknown) {
  try {
    parseRequest(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ProtocolError);
    return e as ProtocolError;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

const HOURS = { mon: [{ start: '09:00', end: '17:00' }] };

describe('parseRequest', () => {
  it.each([null, 42, 'settings/get', {}, { type: 7 }])('rejects %j as unknown-type', (raw) => {
    const e = rejects(raw);
    expect(e.code).toBe('unknown-type');
    expect(e.message).toMatch(/without a string "type"/);
  });

  it('names an unknown type and lists the known ones', () => {
    const e = rejects({ type: 'people/nuke' });
    expect(e.code).toBe('unknown-type');
    expect(e.message).toBe(`Unknown message type 'people/nuke'; expected one of ${REQUEST_TYPES.join(', ')}`);
  });

  it.each([
    [{ type: 'settings/get', extra: 1 }, 'extra'],
    [{ type: 'people/delete' }, 'id'],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'Europe/Berln', workingHours: HOURS } }, "person.timeZone: 'Europe/Berln' is not a valid IANA time zone"],
    [{ type: 'people/upsert', person: { name: ' ', timeZone: 'UTC', workingHours: HOURS } }, 'person.name: must not be empty'],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'UTC', workingHours: { mon: [{ start: '17:00', end: '09:00' }] } } }, 'person.workingHours.mon.0: end 09:00 is not after start 17:00'],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'UTC', workingHours: { mon: [{ start: '9am', end: '17:00' }] } } }, "person.workingHours.mon.0.start: '9am' is not a time"],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'UTC', workingHours: {} } }, 'person.workingHours: has no working hours'],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'UTC', workingHours: HOURS, emails: ['nope'] } }, "person.emails.0: 'nope' is not an email address"],
    [{ type: 'people/upsert', person: { name: 'A', timeZone: 'UTC', workingHours: HOURS, outOfOffice: [{ start: '2026-02-30', end: '2026-03-01' }] } }, "person.outOfOffice.0.start: '2026-02-30' is not a date"],
    [{ type: 'people/import', format: 'xlsx', text: '' }, 'format'],
    [{ type: 'settings/update', patch: { me: { timeZone: 'Nowhere/City' } } }, "patch.me.timeZone: 'Nowhere/City'"],
    [{ type: 'settings/update', patch: { focus: { batchWindows: ['25:00'] } } }, 'patch.focus.batchWindows.0'],
    [{ type: 'settings/update', patch: { theme: 'dark' } }, 'theme'],
    [{ type: 'focus/start', minutes: 0 }, 'minutes'],
    [{ type: 'stats/get', days: 1000 }, 'days'],
    [{ type: 'diagnostics/report', host: 'zoom', failures: [{ feature: 'x', message: 'y' }] }, 'host'],
    [{ type: 'outbox/add', item: { host: 'slack', conversation: { key: 'k', title: 't', url: 'http://app.slack.com/x' }, text: 'x', recipients: [], urgency: 'normal', sendAt: 1 } }, 'item.conversation.url: must be a link on https://app.slack.com'],
    [{ type: 'outbox/add', item: { host: 'slack', conversation: { key: 'k', title: 't', url: 'https://app.slack.com/x' }, text: 'x', recipients: [], urgency: 'panic', sendAt: 1 } }, 'item.urgency'],
  ])('rejects %j naming the problem', (raw, fragment) => {
    const e = rejects(raw);
    expect(e.code).toBe('invalid-request');
    expect(e.message).toContain(fragment);
    expect(e.message.startsWith(`Invalid '${(raw as { type: string }).type}' request: `)).toBe(true);
    expect((e.details as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
  });

  it('never accepts message text in a stats event', () => {
    const e = rejects({ type: 'stats/record', event: { kind: 'message', score: 50, missing: [], urgency: 'fyi', text: 'secret plans' } });
    expect(e.code).toBe('invalid-request');
    expect(e.message).toContain('text');
  });

  it('returns the typed, normalised request', () => {
    expect(parseRequest({ type: 'people/import', format: 'csv', text: 'x' })).toEqual({ type: 'people/import', format: 'csv', text: 'x', dryRun: false });
    expect(parseRequest({ type: 'people/upsert', person: { name: ' Ana ', timeZone: 'europe/berlin', workingHours: HOURS } })).toEqual({
      type: 'people/upsert',
      person: { name: 'Ana', handles: [], emails: [], timeZone: 'Europe/Berlin', workingHours: HOURS },
    });
  });
});
