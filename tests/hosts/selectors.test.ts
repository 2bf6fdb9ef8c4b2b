// @vitest-environment happy-dom
// Selectors are data with evidence: every entry is dated, sourced and valid, and the newest entry of
// each list matches the host markup our fixtures reproduce (tests/fixtures/*.js build the same DOM).
import { describe, expect, it } from 'vitest';
import { resolve, type SelectorList } from '../../lib/hosts/resolve';
import * as slack from '../../lib/hosts/slack/selectors';
import * as teams from '../../lib/hosts/teams/selectors';
import { hostOf, pickAdapter } from '../../lib/hosts';

const lists = (mod: Record<string, unknown>) =>
  Object.entries(mod).filter((e): e is [string, SelectorList] => Array.isArray(e[1]) && e[1].every((x) => typeof x?.selector === 'string'));

const SLACK_MARKUP = `
  <div class="p-view_header"><button data-qa="channel_name" class="p-view_header__big_button p-view_header__big_button--dm">
    <span class="p-view_header__channel_title">Dana Scully</span></button></div>
  <div data-qa="message_editor"><div data-qa="message_input"><div class="ql-editor" data-qa="texty_input" role="textbox" contenteditable="true"></div></div></div>
  <div class="p-workspace__input"><div data-qa="message_input" class="ql-container">
    <div class="ql-editor ql-blank" data-qa="texty_input" role="textbox" contenteditable="true"><p><br></p></div></div>
    <button data-qa="texty_send_button" aria-disabled="true"></button>
    <button data-qa="texty_send_options_button" aria-label="Schedule for later" aria-haspopup="menu"></button></div>
  <div data-qa="threads_flexpane" class="p-threads_flexpane"><div class="p-threads_footer__input"></div></div>
  <div role="dialog"><div class="ql-editor" data-qa="texty_input" aria-label="Query" role="textbox" contenteditable="true"></div></div>
  <a class="p-channel_sidebar__channel p-channel_sidebar__channel--unread" href="/client/T0123/C0457"># releases<span class="p-channel_sidebar__badge">3</span></a>`;

const TEAMS_MARKUP = `
  <div data-tid="entity-header"><h2 data-tid="chat-title">Release crew</h2>
    <button data-tid="chat-header-participant-count"></button><button data-tid="audio-drop-in-button"></button>
    <ul data-tid="chat-topic-menu"><li data-tid="chat-topic-menu-list-item"><span id="chat-topic-person-8:orgid:1">Dana</span></li></ul></div>
  <div data-tid="chat-pane-item"><div data-tid="ckeditor" role="textbox" contenteditable="true"></div></div>
  <div class="compose"><div data-tid="ckeditor" id="new-message-1" class="ck ck-content ck-editor__editable" role="textbox" contenteditable="true"><p><br data-cke-filler="true"></p></div>
    <button data-tid="sendMessageCommands-send" data-track-thread-id="19:x@thread.v2"></button></div>
  <button data-tid="default-chat-call-audio-button"></button>
  <div role="treeitem"><b>Release crew</b><span class="fui-Badge">2</span></div>`;

describe.each([
  // A conversation is either a DM or a group DM: the markup shows the DM header.
  ['slack', slack, SLACK_MARKUP, ['groupDmMarker']],
  ['teams', teams, TEAMS_MARKUP, []],
] as const)('%s selectors', (_host, mod, markup, notInMarkup) => {
  it('every entry is dated, sourced, parses, and no list repeats a selector', () => {
    for (const [name, list] of lists(mod)) {
      expect(list.length, name).toBeGreaterThan(0);
      expect(new Set(list.map((e) => e.selector)).size, name).toBe(list.length);
      for (const e of list) {
        expect(e.since, `${name}: ${e.selector}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(e.evidence.length, `${name}: ${e.selector}`).toBeGreaterThan(3);
        expect(() => document.querySelector(e.selector), `${name}: ${e.selector}`).not.toThrow();
      }
    }
  });

  it('the newest entry of each list matches the host markup', () => {
    document.body.innerHTML = markup;
    for (const [name, list] of lists(mod)) {
      if ((notInMarkup as readonly string[]).includes(name)) continue;
      expect(resolve(name, list, document).matched, name).toBe(list[0]!.selector);
    }
  });
});

describe('host routing', () => {
  it('maps each host page to its adapter and everything else to none', () => {
    expect(hostOf({ hostname: 'app.slack.com' })).toBe('slack');
    for (const hostname of ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']) expect(hostOf({ hostname })).toBe('teams');
    expect(hostOf({ hostname: 'slack.com' })).toBeNull();
    expect(pickAdapter({ hostname: 'example.com' })).toBeNull();
    expect(pickAdapter({ hostname: 'teams.live.com' })?.id).toBe('teams');
  });

  it('reads Slack conversation ids only from real id segments', () => {
    expect(slack.conversationPath.exec('/client/T0123/C0456/thread/C0456-1700000000.000100')?.slice(1)).toEqual(['T0123', 'C0456']);
    expect(slack.conversationPath.exec('/client/E01AB/D0789')?.slice(1)).toEqual(['E01AB', 'D0789']);
    expect(slack.conversationPath.exec('/client/T0123/later')).toBeNull();
    expect(slack.conversationPath.exec('/client/T0123/dms')).toBeNull();
  });
});
