// The off switch on a page. On: the assistant runs under its own ContentScriptContext. Off (this host,
// workspace or conversation, or paused): that context is aborted, so every observer, listener, timer
// and element bound to it goes, and the page is as it would be without Composure; what stays is the
// extension's own message listener and, where the rule is about a workspace or conversation, a
// once-a-second read of where the page is, so leaving it brings Composure back. Back on is a fresh
// context, no reload.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Assistant } from '../../lib/assistant';
import { HOST_NAMES, type HostAdapter, type HostId } from '../../lib/hosts/types';
import type { Client } from '../../lib/protocol/client';
import type { SwitchMessage } from '../../lib/protocol/content-messages';
import { placeOf, workspaceOf } from '../../lib/switch/place';
import { nextExpiry, offRuleFor, type OffRule, type Place } from '../../lib/switch/rules';
import type { OffChoice, OffMenu } from '../../components/sidebar/types';

/** A page that is off re-reads where it is this often, when its rule is about a workspace or conversation. */
export const WHERE_POLL_MS = 1000;

/** What a started assistant hands back. */
export interface Running {
  assistant: Assistant;
  /** The keyboard command: open or fold; false when this frame has no composer. */
  toggle(): boolean;
}

/** What the sidebar's menu reaches. */
export interface SwitchControls {
  menu(): OffMenu;
}

export interface LifecycleDeps {
  /** The context WXT started us with: used for the first start, or aborted at once when off. */
  first: ContentScriptContext;
  host: HostId;
  client: Client;
  /** Reads where the page is (conversation); never observes. */
  reader: HostAdapter;
  start(ctx: ContentScriptContext, controls: SwitchControls): Promise<Running>;
  /** A new context for turning back on. */
  fresh?: () => ContentScriptContext;
  /** False once the extension was reloaded or removed: an orphaned script never starts again. */
  alive?: () => boolean;
  now?: () => number;
  win?: Window;
}

export interface Lifecycle {
  /** Handles the switch's messages; a promise is the reply (switch/where), undefined leaves it to others. */
  handle(message: SwitchMessage): Promise<unknown> | undefined;
  running(): Running | null;
  /** The rule this page is off by, or null when on. */
  off(): OffRule | null;
}

interface Run {
  ctx: ContentScriptContext;
  r: Running | null;
  unsubscribe?: () => void;
}

/** Loads the rules, then runs or stays off as they say, following changes until the page goes. */
export async function createLifecycle(d: LifecycleDeps): Promise<Lifecycle> {
  const win = d.win ?? window;
  const now = d.now ?? Date.now;
  const fresh = d.fresh ?? (() => new ContentScriptContext('composer', { ...d.first.options, noScriptStartedPostMessage: true }));
  let rules: OffRule[] = [];
  let spare: ContentScriptContext | null = d.first;
  let running: Run | null = null;
  let current: OffRule | null = null;
  let disarm: (() => void) | null = null;
  let lastKey: string | null = null;

  const workspace = () => workspaceOf(d.host, win.location);
  const place = (): Place => {
    const p = placeOf(d.reader, win.location);
    const attached = running?.r?.assistant.store.get().conversation;
    return attached ? { ...p, conversation: { key: attached.key, label: attached.title || attached.key } } : p;
  };
  const conversationKey = (): string | null => {
    const attached = running?.r?.assistant.store.get().conversation;
    if (attached) return attached.key;
    if (running) return null;
    try {
      return d.reader.conversation().key;
    } catch {
      return null;
    }
  };
  const covering = () => offRuleFor(rules, { host: d.host, workspace: workspace()?.key ?? null, conversation: conversationKey() }, now());

  function stop(): void {
    const r = running;
    running = null;
    lastKey = null;
    r?.unsubscribe?.();
    r?.ctx.abort('Composure turned off here');
  }

  async function start(): Promise<void> {
    if (running || (d.alive && !d.alive())) return;
    disarm?.();
    disarm = null;
    const ctx = spare ?? fresh();
    spare = null;
    const entry: Run = { ctx, r: null };
    running = entry;
    try {
      entry.r = await d.start(ctx, controls);
    } catch (error) {
      console.debug('[composure] start failed', error);
    }
    if (running !== entry || !entry.r) return;
    entry.unsubscribe = entry.r.assistant.store.subscribe((state) => {
      const key = state.conversation?.key ?? null;
      if (key === lastKey) return;
      lastKey = key;
      // After the assistant's attach has finished (and before the paint shows anything).
      queueMicrotask(check);
    });
    check();
  }

  /** While off: wake at a pause's end, and re-read where the page is when the rule is about a place in it. */
  function arm(rule: OffRule | null): void {
    disarm?.();
    const ids: number[] = [];
    const intervals: number[] = [];
    const expiry = nextExpiry(rules, now());
    if (expiry !== null) ids.push(win.setTimeout(check, Math.min(expiry - now() + 50, 2 ** 31 - 1)));
    if (rule?.scope === 'workspace' || rule?.scope === 'conversation') {
      const where = () => `${workspace()?.key ?? ''}|${rule.scope === 'conversation' ? conversationKey() ?? '' : ''}`;
      let last = where();
      intervals.push(
        win.setInterval(() => {
          const now = where();
          if (now !== last) {
            last = now;
            check();
          }
        }, WHERE_POLL_MS),
      );
    }
    disarm = () => {
      ids.forEach((id) => win.clearTimeout(id));
      intervals.forEach((id) => win.clearInterval(id));
    };
  }

  function check(): void {
    try {
      current = covering();
      if (current && running) stop();
      if (current && spare) {
        // Off from the start: WXT's own context goes too, so not even its listener stays on the page.
        spare.abort('Composure is off here');
        spare = null;
      }
      if (!current && !running) void start();
      if (!running) arm(current);
    } catch (error) {
      console.debug('[composure] switch check failed', error);
    }
  }

  async function apply(request: Promise<OffRule[]>): Promise<void> {
    try {
      rules = await request;
      check();
    } catch (error) {
      console.debug('[composure] switch request failed', error);
    }
  }

  const controls: SwitchControls = {
    menu() {
      const p = place();
      const onChoose = (choice: OffChoice, trusted: boolean) => {
        // Only the user's own click: a synthetic one may come from the host page.
        if (!trusted) return;
        if (choice === 'pause-hour' || choice === 'pause-morning') {
          void apply(d.client.request({ type: 'switch/pause', for: choice === 'pause-hour' ? 'hour' : 'morning' }));
          return;
        }
        const scope = choice === 'off-host' ? 'host' : choice === 'off-workspace' ? 'workspace' : 'conversation';
        const target = scope === 'host' ? { key: d.host, label: HOST_NAMES[d.host] } : scope === 'workspace' ? p.workspace : p.conversation;
        if (!target) return;
        void apply(d.client.request({ type: 'switch/off', scope, host: d.host, key: target.key, label: target.label }));
      };
      return {
        host: HOST_NAMES[d.host],
        ...(p.conversation ? { conversation: p.conversation.label } : {}),
        ...(p.workspace ? { workspace: p.workspace.label } : {}),
        onChoose,
      };
    },
  };

  try {
    rules = await d.client.request({ type: 'switch/list' });
  } catch (error) {
    // Storage unreadable: on, as before there was a switch; a later change is still announced.
    console.debug('[composure] switch rules unavailable', error);
  }
  check();

  return {
    handle(message) {
      if (message.type === 'switch/changed') {
        rules = message.rules;
        check();
        return undefined;
      }
      if (message.type === 'switch/where') return Promise.resolve(place());
      return running?.r?.toggle() ? Promise.resolve(true) : undefined;
    },
    running: () => running?.r ?? null,
    off: () => current,
  };
}
