import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ComposureDb } from '../lib/db/database';
import { createContext } from '../lib/background/context';
import { handleAlarm, handleNotificationClick, handleStartup } from '../lib/background/events';
import { createRouter } from '../lib/background/router';

export default defineBackground(() => {
  // The background owns the data: the only place (with extension pages) that opens IndexedDB.
  const ctx = createContext(new ComposureDb());
  const route = createRouter(ctx);
  const report = (what: string) => (e: unknown) => console.error(`[composure] ${what} failed`, e);

  // Returning the promise is the reply (webextension-polyfill); the router never rejects.
  browser.runtime.onMessage.addListener((message) => route(message));
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(ctx, alarm).catch(report(`alarm ${alarm.name}`)));
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(ctx, id).catch(report('notification click')));
  browser.runtime.onStartup.addListener(() => void handleStartup(ctx).catch(report('startup')));
  browser.runtime.onInstalled.addListener(() => void handleStartup(ctx).catch(report('install')));
});
