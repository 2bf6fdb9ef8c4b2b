import { describe, expect, it } from 'vitest';
import { parseCsv, serializeCsv } from '../../lib/io/csv-rfc4180';
import { exportPeopleCsv, parsePeopleCsv } from '../../lib/io/csv';
import type { PersonRecord } from '../../lib/records/types';

const HEADER = 'name,handle,email,timeZone,hours,outOfOffice';

describe('RFC 4180 reader', () => {
  it('reads BOM, CRLF, quoted commas, quotes and newlines', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","line1\r\nline2"\r\nlast,,\r\n';
    expect(parseCsv(text)).toEqual({
      records: [['a', 'b', 'c'], ['x, y', 'say "hi"', 'line1\r\nline2'], ['last', '', '']],
      errors: [],
    });
  });

  it('accepts LF and CR line ends and a missing final newline', () => {
    expect(parseCsv('a,b\nc,d\re,f').records).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
  });

  it('reports an unclosed quote and text after a closing quote, by record', () => {
    expect(parseCsv('a\n"oops,b\n').errors).toEqual([{ row: 2, message: 'a quoted field is never closed (missing ")' }]);
    expect(parseCsv('a\n"x"y,b\n').errors).toEqual([{ row: 2, message: 'text after a closing quote in field 1' }]);
  });

  it('round-trips awkward fields', () => {
    const records = [['plain', 'with, comma', 'with "quote"', 'multi\nline', ' padded ', '']];
    expect(parseCsv(serializeCsv(records)).records).toEqual(records);
  });
});

describe('people CSV', () => {
  it('reads a valid file with split shifts, several handles, time off and quoted names', () => {
    const text = [
      HEADER,
      '"Souza, Ana",@ana; ana.souza,Ana@Example.com,europe/berlin,mon-fri 09:00-17:00; sat 10:00-12:00,2026-12-20..2027-01-03; 2027-02-14',
      'Bo,bo,,Asia/Tokyo,"mon,wed 9:00-12:00 13:00-17:00",',
    ].join('\r\n');
    const { people, errors } = parsePeopleCsv(text);
    expect(errors).toEqual([]);
    expect(people[0]).toEqual({
      row: 2,
      person: {
        name: 'Souza, Ana',
        handles: ['@ana', 'ana.souza'],
        emails: ['Ana@Example.com'],
        timeZone: 'Europe/Berlin',
        workingHours: {
          mon: [{ start: '09:00', end: '17:00' }],
          tue: [{ start: '09:00', end: '17:00' }],
          wed: [{ start: '09:00', end: '17:00' }],
          thu: [{ start: '09:00', end: '17:00' }],
          fri: [{ start: '09:00', end: '17:00' }],
          sat: [{ start: '10:00', end: '12:00' }],
        },
        outOfOffice: [
          { start: '2026-12-20', end: '2027-01-03' },
          { start: '2027-02-14', end: '2027-02-14' },
        ],
      },
    });
    expect(people[1]?.person.workingHours).toEqual({
      mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
      wed: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }],
    });
  });

  it('accepts columns in any order and case', () => {
    const { people, errors } = parsePeopleCsv('Email,NAME,handle,hours,timezone,outofoffice\nx@y.io,X,,mon 09:00-10:00,UTC,\n');
    expect(errors).toEqual([]);
    expect(people[0]?.person).toMatchObject({ name: 'X', emails: ['x@y.io'], timeZone: 'UTC' });
  });

  it('names the row, field and value of every problem', () => {
    const text = [
      HEADER,
      'Ana,ana,,Europe/Berlin,mon-fri 09:00-17:00,', // row 2 fine
      'Bo,bo,,Europe/Berln,mon-fri 09:00-17:00,', // row 3
      'Cy,cy,,UTC,mon 25:00-26:00,', // row 4
      'Di,di,,UTC,tue 17:00-09:00,', // row 5
      ',ed,,UTC,mon 09:00-17:00,', // row 6
      'Fa,fa,,UTC,mon 09:00-17:00,2026-02-30', // row 7
      'Gu,,not-an-email,UTC,mon 09:00-17:00,', // row 8
      'Ha,ha,,UTC,mon 09:00-12:00 11:00-13:00,', // row 9
      'Io,io,,UTC,funday 09:00-17:00,', // row 10
      'Jo,jo,,UTC,mon 09:00-17:00', // row 11: 5 fields
    ].join('\n');
    const { errors } = parsePeopleCsv(text);
    const messages = errors.map((e) => e.message);
    expect(messages).toContain("Row 3: timeZone 'Europe/Berln' is not a valid IANA time zone (like Europe/Berlin)");
    expect(messages).toContain("Row 4: hours '25:00' is not a time between 00:00 and 23:59 (HH:MM)");
    expect(messages).toContain('Row 5: hours end 09:00 is not after start 17:00');
    expect(messages).toContain('Row 6: name is missing');
    expect(messages).toContain("Row 7: outOfOffice '2026-02-30' is not a date like 2026-12-20");
    expect(messages).toContain("Row 8: email 'not-an-email' is not an email address");
    expect(messages).toContain('Row 9: hours on mon, 09:00-12:00 overlaps 11:00-13:00');
    expect(messages).toContain("Row 10: hours 'funday' is not a day or day range (use mon, tue, … sun, or mon-fri)");
    expect(messages).toContain('Row 11: expected 6 fields, found 5');
    expect(errors.find((e) => e.row === 3)).toMatchObject({ field: 'timeZone', value: 'Europe/Berln' });
    expect(errors.some((e) => e.row === 2)).toBe(false);
  });

  it('rejects a wrong header with a message naming the expected columns', () => {
    const { people, errors } = parsePeopleCsv('name,slack,email,timeZone,hours,outOfOffice\nA,a,,UTC,mon 09:00-10:00,\n');
    expect(people).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      `Row 1: unknown column 'slack' (expected ${HEADER}, optionally previousName)`,
      `Row 1: column 'handle' is missing (expected ${HEADER})`,
    ]);
  });

  it('a semicolon- or tab-separated file gets one error about its header, not one per column', () => {
    for (const [sep, word] of [[';', 'semicolons'], ['\t', 'tabs']] as const) {
      const text = `${HEADER.replaceAll(',', sep)}\nAna${sep}@ana${sep}${sep}UTC${sep}mon 09:00-10:00${sep}\n`;
      const { people, errors } = parsePeopleCsv(text);
      expect(people).toEqual([]);
      expect(errors.map((e) => e.message)).toEqual([`Row 1: the header is separated by ${word}, not commas: save the file as comma-separated CSV whose first row is ${HEADER}`]);
    }
    expect(parsePeopleCsv('Ana Ruiz,@ana,x\n').errors.map((e) => e.message)).toEqual([`Row 1: the first row is not the header Composure expects: ${HEADER}`]);
  });

  it('requires a handle or email so re-imports can match', () => {
    const { errors } = parsePeopleCsv(`${HEADER}\nAna,,,UTC,mon 09:00-10:00,\n`);
    expect(errors[0]?.message).toBe('Row 2: needs a handle or an email so the person can be matched');
  });

  it('round-trips the export', () => {
    const people: PersonRecord[] = [
      {
        id: '1', name: 'Souza, "Ana"', handles: ['ana', 'ana souza'], emails: ['ana@example.com'], timeZone: 'America/Sao_Paulo',
        workingHours: { mon: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], tue: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], wed: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }], fri: [{ start: '10:00', end: '14:00' }], sun: [{ start: '10:00', end: '14:00' }] },
        outOfOffice: [{ start: '2026-12-24', end: '2026-12-26' }, { start: '2027-01-01', end: '2027-01-01' }], createdAt: 1, updatedAt: 1,
      },
      { id: '2', name: 'Bo', handles: [], emails: ['bo@example.com'], timeZone: 'UTC', workingHours: { sat: [{ start: '00:00', end: '23:59' }], sun: [{ start: '00:00', end: '23:59' }] }, outOfOffice: [], createdAt: 1, updatedAt: 1 },
    ];
    const text = exportPeopleCsv(people);
    expect(text.split('\r\n')[2]).toBe('"Souza, ""Ana""",ana; ana souza,ana@example.com,America/Sao_Paulo,"mon-wed 08:00-12:00 13:00-17:00; fri,sun 10:00-14:00",2026-12-24..2026-12-26; 2027-01-01');
    const { people: back, errors } = parsePeopleCsv(text);
    expect(errors).toEqual([]);
    expect(back.map((b) => b.person)).toEqual(
      [people[1]!, people[0]!].map(({ name, handles, emails, timeZone, workingHours, outOfOffice }) => ({ name, handles, emails, timeZone, workingHours, outOfOffice })),
    );
  });

  it('neutralises cells a spreadsheet would run as formulas (OWASP), and reads them back as written', () => {
    const hours = { mon: [{ start: '09:00', end: '17:00' }] };
    const names = ['=HYPERLINK("https://evil.example","click")', '+1 555 0100', '-2+3', '@SUM(A1:A9)', 'Plain Name'];
    const people: PersonRecord[] = names.map((name, i) => ({ id: String(i), name, handles: [`h${i}`], emails: [], timeZone: 'UTC', workingHours: hours, outOfOffice: [], createdAt: 1, updatedAt: 1 }));
    const text = exportPeopleCsv(people);
    const cells = text.split('\r\n').slice(1, -1).map((line) => line.replace(/^"((?:[^"]|"")*)".*$|^([^,]*),.*$/, (_m, q: string | undefined, p: string | undefined) => (q ?? p ?? '').replace(/""/g, '"')));
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain("'=HYPERLINK(\"https://evil.example\",\"click\")");
    expect(cells).toContain('Plain Name');
    const { people: back, errors } = parsePeopleCsv(text);
    expect(errors).toEqual([]);
    expect(back.map((b) => b.person.name).sort()).toEqual([...names].sort());
  });

  it('parses a 5 000-row file', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Person ${i},h${i},p${i}@example.com,Europe/Berlin,mon-fri 09:00-17:00,`);
    const started = performance.now();
    const { people, errors } = parsePeopleCsv([HEADER, ...rows].join('\n'));
    expect(errors).toEqual([]);
    expect(people).toHaveLength(5000);
    expect(people[4999]).toMatchObject({ row: 5001, person: { name: 'Person 4999' } });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
