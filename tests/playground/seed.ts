// The demo team directory (matching the fixtures' people) and a way to talk to the extension's
// background from outside: an extension page sends the same protocol messages the popup sends.
import type { BrowserContext, Page } from 'playwright-core';
import type { PersonInput } from '../../lib/records/types';
import type { RequestInputOf, RequestType } from '../../lib/protocol/messages';
import type { Response, ResponseOf } from '../../lib/protocol/responses';

const days = (...names: Array<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>) => (start: string, end: string) =>
  Object.fromEntries(names.map((d) => [d, [{ start, end }]]));
const weekdays = days('mon', 'tue', 'wed', 'thu', 'fri');

/** 'YYYY-MM-DD' of `at` plus `plus` days (UTC calendar; good enough for a week of leave). */
function isoDay(at: number, plus = 0): string {
  return new Date(at + plus * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Seven people across Berlin, New York, São Paulo, San Francisco, Bengaluru, Kathmandu and Sydney.
 * Names and handles match the Slack and Teams fixtures (Teams ids are the chat-topic person ids);
 * Mia is out of office this week.
 */
export function demoTeam(now = Date.now()): PersonInput[] {
  return [
    { name: 'Dana Scully', handles: ['dana', 'dana.scully', '8:orgid:1111-dana'], emails: ['dana@composure.test'], timeZone: 'Europe/Berlin', workingHours: weekdays('09:00', '17:30') },
    { name: 'Walter Skinner', handles: ['walter', 'skinner', '8:orgid:2222-walter'], emails: ['walter@composure.test'], timeZone: 'America/New_York', workingHours: weekdays('08:30', '17:00') },
    { name: 'John Doggett', handles: ['john', 'doggett', '8:orgid:3333-john'], emails: ['john@composure.test'], timeZone: 'America/Sao_Paulo', workingHours: weekdays('09:00', '18:00') },
    { name: 'Monica Reyes', handles: ['monica'], emails: ['monica@composure.test'], timeZone: 'America/Los_Angeles', workingHours: days('mon', 'tue', 'wed', 'thu')('08:00', '16:00') },
    { name: 'Priya Raman', handles: ['priya'], emails: ['priya@composure.test'], timeZone: 'Asia/Kolkata', workingHours: weekdays('10:00', '19:00') },
    { name: 'Anish Shrestha', handles: ['anish'], emails: ['anish@composure.test'], timeZone: 'Asia/Kathmandu', workingHours: days('sun', 'mon', 'tue', 'wed', 'thu', 'fri')('10:00', '17:00') },
    {
      name: 'Mia Chen', handles: ['mia'], emails: ['mia@composure.test'], timeZone: 'Australia/Sydney', workingHours: weekdays('09:00', '17:00'),
      outOfOffice: [{ start: isoDay(now, -1), end: isoDay(now, 6) }],
    },
  ];
}

/** Sends protocol requests to the background from one of the extension's own pages. */
export interface BackgroundCaller {
  call<T extends RequestType>(msg: RequestInputOf<T> & { type: T }): Promise<ResponseOf<T>>;
  page: Page;
  close(): Promise<void>;
}

/** Opens the popup page in a tab and sends messages from there (as the popup itself does). */
export async function openBackgroundCaller(context: BrowserContext, extensionId: string): Promise<BackgroundCaller> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return {
    page,
    async call(msg) {
      const reply = (await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg)) as Response;
      if (!reply.ok) throw new Error(`${msg.type} failed: ${reply.error.message}`);
      return reply.data as never;
    },
    close: () => page.close(),
  };
}

/** Replaces the directory with `people` (upserts; the e2e profiles start empty). */
export async function seedPeople(caller: BackgroundCaller, people: PersonInput[]): Promise<void> {
  for (const person of people) await caller.call({ type: 'people/upsert', person });
}
