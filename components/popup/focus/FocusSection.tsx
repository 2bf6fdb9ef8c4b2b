// Focus: start / stop, presets and "until", scheduled blocks, batch-check windows, host badge hiding.
import { useEffect, useState } from 'preact/hooks';
import type { FocusPrefs, Settings } from '../../../lib/records/types';
import type { FocusState } from '../../../lib/protocol/responses';
import { ErrorNote, Loading } from '../States';
import type { SectionProps } from '../types';
import { useLoad } from '../useLoad';
import { BatchWindows } from './BatchWindows';
import { FocusBlocks } from './FocusBlocks';
import { FocusNow, type StartRequest } from './FocusNow';

/** Re-renders every `ms` so minutes left stay current while the popup is open. */
function useTick(ms: number): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), ms);
    return () => clearInterval(id);
  }, [ms]);
}

/** The Focus tab. */
export function FocusSection({ client, now }: SectionProps) {
  const data = useLoad(
    async () => {
      const [settings, focus] = await Promise.all([client.request({ type: 'settings/get' }), client.request({ type: 'focus/get' })]);
      return { settings, focus };
    },
    [client],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useTick(15_000);

  if (data.state.status === 'loading') return <Loading label="Loading focus mode" />;
  if (data.state.status === 'error') return <ErrorNote error={data.state.error} onRetry={data.reload} />;
  const { settings, focus } = data.state.data;
  const t = now();

  const act = async (work: () => Promise<{ settings?: Settings; focus?: FocusState }>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      data.set({ settings: next.settings ?? settings, focus: next.focus ?? focus });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = (req: StartRequest) => act(async () => ({ focus: await client.request({ type: 'focus/start', ...req }) }));
  const stop = () => act(async () => ({ focus: await client.request({ type: 'focus/stop' }) }));
  const updateFocus = (patch: Partial<FocusPrefs>) =>
    act(async () => ({ settings: await client.request({ type: 'settings/update', patch: { focus: patch } }) }));

  return (
    <div class="section">
      <FocusNow state={focus} presets={settings.focus.presets} batchWindows={settings.focus.batchWindows} timeZone={settings.me.timeZone}
        now={t} busy={busy} onStart={(r) => void start(r)} onStop={() => void stop()} />
      {error !== null && <ErrorNote title="That did not work" error={error} />}
      <label class="check">
        <input type="checkbox" checked={settings.focus.hideUnreadBadges} disabled={busy}
          onChange={(e) => void updateFocus({ hideUnreadBadges: (e.currentTarget as HTMLInputElement).checked })} />
        Hide unread counts in Slack and Teams while focusing
      </label>
      <FocusBlocks blocks={settings.focus.blocks} timeZone={settings.me.timeZone} now={t} onChange={(blocks) => updateFocus({ blocks })} />
      <BatchWindows windows={settings.focus.batchWindows} onChange={(batchWindows) => updateFocus({ batchWindows })} />
      <p class="hint shortcut">
        Shortcut: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd> starts or stops focus from any tab.
      </p>
    </div>
  );
}
