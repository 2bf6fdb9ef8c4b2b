// The synthetic paste behind Teams' insert (lib/hosts/write.ts) carries its text in both engines'
// ways: Chromium keeps the DataTransfer given as `clipboardData`; Firefox's constructor drops it (an
// empty DataTransfer of its own) and reads the non-standard `dataType`/`data` instead. Measured in
// real browsers by tests/e2e/rich-insert.e2e.ts and firefox-rich-insert.e2e.ts; here, the choice.
import { describe, expect, it } from 'vitest';
import { pasteEvent } from '../../lib/hosts/write';

class FakeDataTransfer {
  private readonly items = new Map<string, string>();
  setData(type: string, value: string): void {
    this.items.set(type, value);
  }
  getData(type: string): string {
    return this.items.get(type) ?? '';
  }
}

type Init = EventInit & { clipboardData?: FakeDataTransfer; dataType?: string; data?: string };

/** A ClipboardEvent that keeps `clipboardData` (Chromium) or builds its own from `dataType`/`data` (Firefox). */
function fakeWindow(engine: 'chromium' | 'firefox') {
  const made: Init[] = [];
  class FakeClipboardEvent {
    readonly clipboardData: FakeDataTransfer;
    constructor(
      readonly type: string,
      readonly init: Init,
    ) {
      made.push(init);
      if (engine === 'chromium') this.clipboardData = init.clipboardData ?? new FakeDataTransfer();
      else {
        this.clipboardData = new FakeDataTransfer();
        if (init.dataType) this.clipboardData.setData(init.dataType, init.data ?? '');
      }
    }
  }
  const win = { DataTransfer: FakeDataTransfer, ClipboardEvent: FakeClipboardEvent } as unknown as Parameters<
    typeof pasteEvent
  >[0];
  return { win, made };
}

describe('pasteEvent', () => {
  it('Chromium: one event, carrying our DataTransfer, with no Firefox fields', () => {
    const { win, made } = fakeWindow('chromium');
    const event = pasteEvent(win, '\nWhere it stands: [x]');
    expect(event.clipboardData!.getData('text/plain')).toBe('\nWhere it stands: [x]');
    expect(made).toHaveLength(1);
    expect(made[0]).not.toHaveProperty('dataType');
    expect(made[0]).toMatchObject({ bubbles: true, cancelable: true, composed: true });
  });

  it('Firefox: the event that dropped clipboardData is rebuilt with dataType/data, and carries the text', () => {
    const { win, made } = fakeWindow('firefox');
    const event = pasteEvent(win, 'Where it stands: [x]');
    expect(event.type).toBe('paste');
    expect(event.clipboardData!.getData('text/plain')).toBe('Where it stands: [x]');
    expect(made).toHaveLength(2);
    expect(made[1]).toMatchObject({
      dataType: 'text/plain',
      data: 'Where it stands: [x]',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  });
});
