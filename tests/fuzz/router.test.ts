// The background router (as the entrypoint wires it) on 10 000 generated messages. It always
// answers with an envelope, never rejects, never hits an unexpected ('internal') error, and a
// request it refuses writes nothing. Everything stored stays restorable from a backup.
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { syncBlocksOnSettings } from '../../lib/background/focus-blocks';
import { parseBackupJson } from '../../lib/io/json';
import { REQUEST_TYPES, type RequestType } from '../../lib/protocol/messages';
import type { ErrorCode, Response } from '../../lib/protocol/responses';
import { EXTENSION_CALLER } from '../../lib/background/access';
import { setup } from '../background/harness';
import { counts } from '../db/fresh-db';
import { FUZZ } from './arbitraries';
import { anyMessage, liveIds, TEMPLATES } from './requests';

const ERROR_CODES: ErrorCode[] = ['unknown-type', 'invalid-request', 'invalid-file', 'not-found', 'conflict', 'invalid-state', 'storage-full', 'storage-version', 'storage-unavailable', 'storage-failed', 'no-response', 'internal'];

// Every IndexedDB write goes through one of these; counting them proves "refused ⇒ nothing written".
let writes = 0;
const WRITE_METHODS: Array<[{ prototype: object }, string]> = [
  [IDBObjectStore, 'put'], [IDBObjectStore, 'add'], [IDBObjectStore, 'delete'], [IDBObjectStore, 'clear'], [IDBCursor, 'update'], [IDBCursor, 'delete'],
];
const originals = WRITE_METHODS.map(([cls, name]) => {
  const proto = cls.prototype as Record<string, (...a: unknown[]) => unknown>;
  const original = proto[name]!;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    writes++;
    return original.apply(this, args);
  };
  return () => void (proto[name] = original);
});
afterAll(() => originals.forEach((restore) => restore()));

const t = setup();
const route = syncBlocksOnSettings(t.route, t.ctx);
afterAll(() => t.db.close());

function envelopeProblem(r: Response): string | undefined {
  if (r.ok === true) return 'data' in r ? undefined : 'ok without data';
  if (r.ok !== false || !r.error) return 'not an envelope';
  if (!ERROR_CODES.includes(r.error.code)) return `unknown code ${String(r.error.code)}`;
  if (typeof r.error.message !== 'string' || !r.error.message) return 'empty message';
  return undefined;
}

async function refreshIds(): Promise<void> {
  liveIds.length = 0;
  liveIds.push(...((await t.db.people.toCollection().primaryKeys()) as string[]), ...((await t.db.outbox.toCollection().primaryKeys()) as string[]));
}

describe('router fuzz', () => {
  it('templates cover every request type', () => {
    expect(Object.keys(TEMPLATES).sort()).toEqual([...REQUEST_TYPES].sort());
  });

  it('answers every message with an envelope, never internal, and writes nothing when refusing', async () => {
    const errors = vi.spyOn(console, 'error');
    const answered = new Map<RequestType | 'refused', number>();
    let runs = 0;
    let okWrites = 0;
    await t.call({ type: 'people/import', format: 'csv', text: 'name,handle,email,timeZone,hours,outOfOffice\nAna,ana,,UTC,mon-fri 09:00-17:00,\nBo,bo,,Asia/Tokyo,mon 10:00-12:00,\n' });
    await t.call({ type: 'outbox/add', item: { host: 'slack', conversation: { key: 'C1', title: '#x', url: 'https://app.slack.com/client/T/C1' }, text: 'x', recipients: [], urgency: 'normal', sendAt: Date.UTC(2026, 2, 2, 12) } });
    await refreshIds();

    await fc.assert(
      fc.asyncProperty(anyMessage, async (msg) => {
        const before = await counts(t.db);
        writes = 0;
        const r = await route(msg, EXTENSION_CALLER);
        expect(envelopeProblem(r), JSON.stringify(r).slice(0, 300)).toBeUndefined();
        expect(() => structuredClone(r)).not.toThrow();
        if (r.ok) {
          const type = (msg as { type: RequestType }).type;
          answered.set(type, (answered.get(type) ?? 0) + 1);
          okWrites += writes;
          if (writes) await refreshIds();
        } else {
          expect(r.error.code, r.error.message).not.toBe('internal');
          expect(writes, `${r.error.code}: ${r.error.message}`).toBe(0);
          expect(await counts(t.db)).toEqual(before);
          answered.set('refused', (answered.get('refused') ?? 0) + 1);
        }
        // Whatever got stored can be backed up and restored.
        if (++runs % 500 === 0) {
          const backup = await t.call({ type: 'backup/export' });
          expect(parseBackupJson(backup.text).errors).toEqual([]);
        }
      }),
      FUZZ,
    );
    expect(errors).not.toHaveBeenCalled();
    // The fuzz reached every handler with a valid request, not only the validator.
    for (const type of REQUEST_TYPES) expect(answered.get(type) ?? 0, type).toBeGreaterThan(0);
    expect(answered.get('refused')).toBeGreaterThan(FUZZ.numRuns / 4);
    expect(okWrites, 'the write counter sees writes').toBeGreaterThan(0);
  }, 240_000);
});
