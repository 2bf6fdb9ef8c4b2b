import { describe, expect, it } from 'vitest';
import { createClient } from '../../lib/protocol/client';
import { ProtocolError } from '../../lib/protocol/responses';
import { setup } from '../background/harness';

describe('createClient', () => {
  it('resolves typed data from the router', async () => {
    const t = setup();
    const client = createClient((m) => t.route(m));
    const settings = await client.request({ type: 'settings/get' });
    expect(settings.norms.normal.expectation).toBe('within one business day');
    const { person } = await client.request({ type: 'people/upsert', person: { name: 'Ana', handles: ['ana'], timeZone: 'UTC', workingHours: { mon: [{ start: '09:00', end: '17:00' }] } } });
    expect(person.handles).toEqual(['ana']);
    t.db.close();
  });

  it('throws ProtocolError with code, message and details on failure', async () => {
    const t = setup();
    const client = createClient((m) => t.route(m));
    const err = await client.request({ type: 'people/import', format: 'csv', text: 'name\nx\n' }).catch((e) => e);
    expect(err).toBeInstanceOf(ProtocolError);
    expect(err.code).toBe('invalid-file');
    expect(err.details.errors[0]).toMatchObject({ row: 1, field: 'header' });
    t.db.close();
  });

  it('turns transport failures and junk replies into no-response errors', async () => {
    const gone = createClient(async () => {
      throw new Error('Receiving end does not exist.');
    });
    await expect(gone.request({ type: 'focus/get' })).rejects.toMatchObject({
      code: 'no-response',
      message: "Composure's background did not answer 'focus/get': Receiving end does not exist.",
    });
    const junk = createClient(async () => undefined);
    await expect(junk.request({ type: 'focus/get' })).rejects.toMatchObject({ code: 'no-response' });
  });
});
