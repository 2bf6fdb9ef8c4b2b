// The "never covers the host" check, reusable over every fixture layout: at the centre of each of the
// host's controls (every visible button, field, editor, link, tab, header, search box, plus the
// contract's named ones: Send, the editable, the thread pane's header), document.elementFromPoint
// must be a host element, never <composure-sidebar>. A new fixture layout is one line in LAYOUTS.
import type { Frame, Page } from 'playwright-core';
import { OBSTACLE_SELECTOR } from '../../entrypoints/composer.content/placement/obstacles';

export interface Layout {
  name: string;
  url: string;
  /** The composer to type into. */
  editable: string;
  /** The fixture page to serve for the host (default slack.html / teams.html). */
  page?: { slack?: string; teams?: string };
  /** The compose box is inside this iframe (the content script runs there). */
  frame?: string;
  /** Brings the layout about after load (e.g. opening a group chat). */
  setup?: (page: Page) => Promise<void>;
}

const SLACK_NAMED = ['[data-qa="texty_send_button"]', '[data-qa="texty_input"]', '.p-flexpane_header', '.p-view_header', '[data-qa="message_editor"] button', '.c-search_modal', '[data-qa="channel_name"]'];
const TEAMS_NAMED = ['[data-tid$="-send"]', '[data-tid="ckeditor"]', '[data-tid="entity-header"]', '[data-tid="chat-title"]', '.message__edit-actions button', '.app-header__search', '.app-header__me', '.header-button', '[role="treeitem"]'];

/** Every fixture layout the no-cover check runs on. */
export const LAYOUTS: Layout[] = [
  { name: 'slack-channel-thread', url: 'https://app.slack.com/client/T0123/C0456', editable: '.p-workspace__input [data-qa="texty_input"]' },
  { name: 'slack-thread-composer', url: 'https://app.slack.com/client/T0123/C0456', editable: '.p-threads_footer__input [data-qa="texty_input"]' },
  { name: 'slack-dm', url: 'https://app.slack.com/client/T0123/D0789', editable: '.p-workspace__input [data-qa="texty_input"]' },
  { name: 'slack-group-dark', url: 'https://app.slack.com/client/T0123/G0999?theme=dark', editable: '.p-workspace__input [data-qa="texty_input"]' },
  { name: 'teams-dm-editing', url: 'https://teams.microsoft.com/v2/', editable: '.compose-box [data-tid="ckeditor"]' },
  {
    name: 'teams-group', url: 'https://teams.cloud.microsoft/', editable: '.compose-box [data-tid="ckeditor"]',
    setup: async (page) => {
      await page.click('[role="treeitem"][data-chat="19:release-crew@thread.v2"]');
      await page.waitForFunction(() => document.querySelector('[data-tid="chat-title"]')?.textContent === 'Release crew' && window.__ready);
    },
  },
  { name: 'teams-new-layout-dark', url: 'https://teams.live.com/v2/?layout=new&theme=dark', editable: '.compose-box [data-tid="ckeditor"]' },
  { name: 'teams-iframe', url: 'https://teams.microsoft.com/v2/', page: { teams: 'teams-iframe.html' }, frame: 'iframe.compose-frame', editable: '[data-tid="ckeditor"]' },
];

export const SIZES = [
  { width: 1024, height: 700 },
  { width: 1400, height: 900 },
] as const;

/** The controls in `where` whose centre is covered by Composure, as "selector-ish: tag.class text" lines. */
export function coveredControls(where: Page | Frame): Promise<string[]> {
  return where.evaluate(
    ({ generic, named }) => {
      const covered: string[] = [];
      const seen = new Set<Element>();
      const check = (el: Element, why: string) => {
        if (seen.has(el) || el.closest('composure-sidebar')) return;
        seen.add(el);
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return;
        // Mounted but invisible (Teams' parked compose box): not a control anyone can use.
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return;
        // Containers that hold the composer or the conversation are not controls to keep clear.
        if (el.querySelector('[data-composure-attached]')) return;
        if (r.width * r.height > innerWidth * innerHeight * 0.4) return;
        const hit = document.elementFromPoint(x, y);
        if (hit?.tagName.toLowerCase() === 'composure-sidebar') {
          covered.push(`${why}: <${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${(el.textContent ?? '').trim().slice(0, 30)}`);
        }
      };
      for (const sel of named) for (const el of Array.from(document.querySelectorAll(sel))) check(el, sel);
      for (const el of Array.from(document.querySelectorAll(generic))) check(el, 'control');
      return covered;
    },
    { generic: OBSTACLE_SELECTOR, named: [...SLACK_NAMED, ...TEAMS_NAMED] },
  );
}

/** Where the shell is and what it shows: 'badge' | 'panel', and the side it docked to. */
export function shellState(where: Page | Frame): Promise<{ state: string; side: string; cramped: boolean } | null> {
  return where.evaluate(() => {
    const shell = document.querySelector('composure-sidebar')?.shadowRoot?.querySelector<HTMLElement>('.composure-shell');
    return shell ? { state: shell.dataset['state'] ?? '', side: shell.dataset['side'] ?? '', cramped: shell.dataset['cramped'] === 'true' } : null;
  });
}
