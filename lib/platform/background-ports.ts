// The browser APIs the background uses, behind one small injectable interface: tests observe
// calls the fake browser cannot (tabs.sendMessage), and Firefox MV2's browserAction hides here.
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../protocol/content-messages';

/** A tab as far as the background cares. */
export interface TabInfo {
  id: number;
  windowId?: number;
  url?: string;
}

/** Alarm timing: an absolute time or a delay, optionally repeating. */
export type AlarmTiming =
  | { when: number; periodInMinutes?: number }
  | { delayInMinutes: number; periodInMinutes?: number };

/** Side effects of the background on the browser. */
export interface BrowserPort {
  createAlarm(name: string, timing: AlarmTiming): Promise<void>;
  clearAlarm(name: string): Promise<boolean>;
  listAlarms(): Promise<Array<{ name: string; scheduledTime: number }>>;
  notify(id: string, content: { title: string; message: string }): Promise<void>;
  clearNotification(id: string): Promise<void>;
  setBadge(text: string, color: string): Promise<void>;
  /** Tabs whose URL we may see (our host permissions: Slack and Teams). */
  queryTabs(): Promise<TabInfo[]>;
  /** The active tab of the last focused normal window (where the toolbar popup was opened), or null. */
  activeTab(): Promise<TabInfo | null>;
  focusTab(tab: TabInfo): Promise<void>;
  openTab(url: string): Promise<TabInfo>;
  sendToTab(tabId: number, message: ContentMessage): Promise<unknown>;
}

// Inline so notifications work before the project ships icon files (Chrome requires iconUrl).
const ICON_URL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA1UlEQVR42u2aQRLDIAwDeU4/1wf3Ne65hzSABFiKmdE1aJOMbWza+/VpymoF8KvoVCqAAHUMIMjaBhCLtRQgNokOEIdEARja9G6xISjmZxcDAgJgrVUAW8yjECnMIxDDAIgRAkQXwJQBZrQagegGIIdG5Jl/AYY3Q5MV+hWgt58hQ08DHDR/CRBCANENkPD3wQESmC+AAiiARwNIhVGlRCZfSvgWc0rltPyBxuJIKX+ot2iryDe2LFqLFs1d+fa6xYDDYsRkM+SzGLPaDLptrhrUbRVEXyrz+PPxR0eUAAAAAElFTkSuQmCC';

type BadgeApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The real implementation over `browser` (the fake browser in unit tests). */
export function browserPort(b: typeof browser = browser): BrowserPort {
  // MV3 has `action`; Firefox MV2 only `browserAction`, with the same badge methods.
  const badge = (): BadgeApi | undefined =>
    b.action ?? (b as unknown as { browserAction?: BadgeApi }).browserAction;
  return {
    async createAlarm(name, timing) {
      await b.alarms.create(name, timing);
    },
    clearAlarm: (name) => b.alarms.clear(name),
    async listAlarms() {
      return (await b.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
    },
    async notify(id, { title, message }) {
      await b.notifications.create(id, { type: 'basic', iconUrl: ICON_URL, title, message });
    },
    async clearNotification(id) {
      await b.notifications.clear(id);
    },
    async setBadge(text, color) {
      const api = badge();
      if (!api) return;
      await api.setBadgeText({ text });
      await api.setBadgeBackgroundColor({ color });
    },
    async queryTabs() {
      const tabs = await b.tabs.query({});
      return tabs.flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, windowId: t.windowId, url: t.url }]));
    },
    async activeTab() {
      const win = await b.windows.getLastFocused({ windowTypes: ['normal'] });
      if (win.id === undefined) return null;
      const [t] = await b.tabs.query({ active: true, windowId: win.id });
      return t?.id === undefined ? null : { id: t.id, windowId: t.windowId, url: t.url };
    },
    async focusTab(tab) {
      await b.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await b.windows.update(tab.windowId, { focused: true });
    },
    async openTab(url) {
      const t = await b.tabs.create({ url, active: true });
      return { id: t.id ?? -1, windowId: t.windowId, url: t.url ?? url };
    },
    sendToTab: (tabId, message) => b.tabs.sendMessage(tabId, message),
  };
}

/** The extension's id and its pages' base URL, for telling its own pages from content scripts. */
export function selfInfo(b: typeof browser = browser): { id: string; baseUrl: string } {
  return { id: b.runtime.id, baseUrl: b.runtime.getURL('/') };
}

/**
 * Subscribes to keyboard commands (manifest `commands`). Returns false where the browser offers
 * none (Firefox for Android; the unit-test fake, whose commands API throws "not mocked").
 */
export function listenForCommands(listener: (command: string) => void, b: typeof browser = browser): boolean {
  try {
    b.commands.onCommand.addListener((command) => listener(command));
    return true;
  } catch {
    return false;
  }
}
