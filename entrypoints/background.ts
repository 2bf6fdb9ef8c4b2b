import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ComposureDb } from '../lib/db/database';
import { scheduleWarmUp } from '../lib/background/analysis';
import { createContext } from '../lib/background/context';
import { handleAlarm, handleCommand, handleNotificationClick, handleStartup } from '../lib/background/events';
import { syncBlocksOnSettings } from '../lib/background/focus-blocks';
import { callerOf } from '../lib/background/access';
import { listenForCommands, selfInfo } from '../lib/platform/background-ports';
import { watchProxyGrants } from '../lib/platform/proxy-hosts';
import { createRouter } from '../lib/background/router';

export default defineBackground({
  // Firefox (MV2): an event page, suspended when idle like Chrome's MV3 service worker, so one
  // lifecycle is tested in both: every listener is registered at once below, and all state lives
  // in IndexedDB and alarms (a restart or suspension loses nothing; see tests/e2e/firefox-outbox).
  persistent: false,
  main,
});

function main(): void {
  // The background owns the data: the only place (with extension pages) that opens IndexedDB.
  const ctx = createContext(new ComposureDb());
  // A settings change may move focus blocks (or the zone they are read in): re-arm their alarm.
  const route = syncBlocksOnSettings(createRouter(ctx), ctx);
  const report = (what: string) => (e: unknown) => console.error(`[composure] ${what} failed`, e);

  const self = selfInfo();
  // Returning the promise is the reply (webextension-polyfill); the router never rejects. The sender
  // is as the browser reports it: the router refuses what that sender may not ask for.
  browser.runtime.onMessage.addListener((message, sender) => route(message, callerOf(sender, self)));
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(ctx, alarm).catch(report(`alarm ${alarm.name}`)));
  browser.notifications.onClicked.addListener((id) => void handleNotificationClick(ctx, id).catch(report('notification click')));
  // The browser (or the extension) just started: compile the analysis rule tables now, off any request,
  // so the first draft is quick. A worker woken by a request does no such work first: the request's own
  // analysis compiles what it needs (issue 15 §6: nothing before answering the request that woke it).
  browser.runtime.onStartup.addListener(() => {
    scheduleWarmUp();
    void handleStartup(ctx).catch(report('startup'));
  });
  browser.runtime.onInstalled.addListener(() => {
    scheduleWarmUp();
    void handleStartup(ctx).catch(report('install'));
  });
  listenForCommands((command) => void handleCommand(ctx, command).catch(report(`command ${command}`)));
  // Proxied hosts (*.mcas.ms): the content script runs where the user granted the optional permission.
  watchProxyGrants(report('proxied hosts'));
}
