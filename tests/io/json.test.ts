import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../lib/records/defaults';
import type { PersonRecord, Snapshot } from '../../lib/records/types';
import { exportBackupJson, exportTeamJson, parseBackupJson, parseTeamJson } from '../../lib/io/json';

const ana: PersonRecord = {
  id: 'a', name: 'Ana', handles: ['ana'], emails: ['ana@example.com'], timeZone: 'Europe/Berlin',
  workingHours: { mon: [{ start: '09:00', end: '17:00' }] }, outOfOffice: [{ start: '2026-12-24', end: '2026-12-26' }], createdAt: 1, updatedAt: 2,
};

describe('team file', () => {
  it('round-trips without ids or timestamps', () => {
    const text = exportTeamJson([ana], 123);
    expect(JSON.parse(text)).toMatchObject({ format: 'composure-team', version: 1, exportedAt: 123 });
    expect(text).not.toContain('"id"');
    const { people, errors } = parseTeamJson(text);
    expect(errors).toEqual([]);
    expect(people).toEqual([{ row: 1, person: { name: 'Ana', handles: ['ana'], emails: ['ana@example.com'], timeZone: 'Europe/Berlin', workingHours: ana.workingHours, outOfOffice: ana.outOfOffice } }]);
  });

  it('reports each bad entry by number and field, with the value', () => {
    const file = {
      format: 'composure-team', version: 1,
      people: [
        { name: 'Ok', handles: ['ok'], timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '10:00' }] } },
        { name: 'Bad', handles: ['bad'], timeZone: 'Europe/Berln', workingHours: { mon: [{ start: '09:00', end: '10:00' }] } },
        { name: 'Late', emails: ['l@x.io'], timeZone: 'UTC', workingHours: { monday: [{ start: '09:00', end: '10:00' }] } },
        { name: 'NoAlias', timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '10:00' }] } },
      ],
    };
    const { people, errors } = parseTeamJson(JSON.stringify(file));
    expect(people.map((p) => p.row)).toEqual([1]);
    expect(errors.find((e) => e.row === 2)).toEqual({ row: 2, field: 'timeZone', value: 'Europe/Berln', message: "Person 2: timeZone 'Europe/Berln' is not a valid IANA time zone (like Europe/Berlin)" });
    expect(errors.find((e) => e.row === 3)?.field).toBe('workingHours.monday');
    expect(errors.find((e) => e.row === 4)?.message).toBe('Person 4: needs a handle or an email so the person can be matched');
  });

  it('explains files that are not team files', () => {
    expect(parseTeamJson('{oops').errors[0]?.message).toMatch(/^The file is not valid JSON/);
    expect(parseTeamJson('{"format":"composure-backup","version":1}').errors[0]?.message).toMatch(/not a Composure team file/);
    expect(parseTeamJson('{"format":"composure-team","version":9,"people":[]}').errors[0]?.message).toMatch(/version 9 is not supported/);
  });
});

describe('backup file', () => {
  const snapshot: Snapshot = {
    settings: defaultSettings('Asia/Tokyo'),
    people: [ana],
    outbox: [{ id: 'o', createdAt: 1, updatedAt: 1, sendAt: 5, status: 'due', host: 'teams', conversation: { key: 'k', title: 'Ana', url: 'https://teams.microsoft.com/l/chat/1' }, text: 'draft', recipients: ['a'], urgency: 'same-day' }],
    focusSessions: [{ id: 'f', start: 1, end: 2, endedAt: 2, kind: 'manual' }],
    stats: [{ day: '2026-03-01', messagesAssisted: 1, scoreSum: 90, scoreCount: 1, missingParts: { context: 0, state: 0, options: 0, recommendation: 0, ask: 0, deadline: 1, owner: 0, evidence: 0 }, urgencyMix: { urgent: 0, 'same-day': 0, normal: 1, fyi: 0 }, scheduledSends: 0, sendsMovedIntoHours: 0, insertedSuggestions: 2 }],
  };

  it('round-trips everything', () => {
    const text = exportBackupJson(snapshot, { now: 9, schemaVersion: 2 });
    expect(JSON.parse(text)).toMatchObject({ format: 'composure-backup', version: 1, schemaVersion: 2, exportedAt: 9 });
    expect(parseBackupJson(text)).toEqual({ errors: [], snapshot, sections: ['me', 'norms', 'focus'], exportedAt: 9 });
  });

  it('rejects an invalid backup with paths, and a newer format', () => {
    const bad = JSON.parse(exportBackupJson(snapshot, { now: 9, schemaVersion: 2 }));
    bad.people[0].timeZone = 'Mars/Olympus';
    bad.outbox[0].status = 'lost';
    const { errors, snapshot: s } = parseBackupJson(JSON.stringify(bad));
    expect(s).toBeUndefined();
    expect(errors.map((e) => e.field)).toEqual(['people.0.timeZone', 'outbox.0.status']);
    expect(errors[0]?.message).toBe("people.0.timeZone: 'Mars/Olympus' is not a valid IANA time zone (like Europe/Berlin)");
    const newer = parseBackupJson(JSON.stringify({ ...snapshot, format: 'composure-backup', version: 2 }));
    expect(newer.errors[0]?.message).toMatch(/^version: .*update the extension/);
  });

  it('says in one sentence why a file is refused', () => {
    const file = JSON.parse(exportBackupJson(snapshot, { now: 9, schemaVersion: 2 }));
    const problem = (value: unknown) => {
      const parsed = parseBackupJson(typeof value === 'string' ? value : JSON.stringify(value));
      return parsed.snapshot ? null : parsed.problem;
    };
    expect(problem({ ...file, people: [{ ...file.people[0], timeZone: 'Mars/Olympus' }] })).toBe(
      "This backup is damaged: Person 1, timeZone 'Mars/Olympus' is not a valid IANA time zone (like Europe/Berlin).",
    );
    expect(problem({ ...file, outbox: [{ ...file.outbox[0], conversation: { key: 'k', title: 'x', url: 'https://evil.example/' } }] })).toMatch(
      /^This backup is damaged: Outbox draft 1, conversation\.url /,
    );
    expect(problem({ ...file, version: 3 })).toMatch(/^This backup was made by a newer Composure \(backup format 3; this one reads up to 1\)/);
    expect(problem({ ...file, version: 'one' })).toBe('This backup has no version Composure knows.');
    expect(problem({ format: 'composure-team', version: 1, people: [] })).toMatch(/^This is a team file/);
    expect(problem([1, 2])).toMatch(/^This file is not a Composure backup \(/);
    expect(problem('{')).toBe('This file is not a Composure backup: it is not valid JSON.');
    expect(problem({ ...file, people: [file.people[0], file.people[0]] })).toMatch(/appears twice\.$/);
    // Only what the file holds counts as a settings section.
    const bare = parseBackupJson(JSON.stringify({ format: 'composure-backup', version: 1 }));
    expect(bare.snapshot && { sections: bare.sections, exportedAt: bare.exportedAt }).toEqual({ sections: [], exportedAt: null });
  });
});
