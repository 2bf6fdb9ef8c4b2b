// @vitest-environment happy-dom
// Draft text as a reader sees it, over the DOM shapes Quill (Slack) and CKEditor 5 (Teams) produce.
import { describe, expect, it } from 'vitest';
import { editableText, normalizeForCompare } from '../../lib/hosts/text';

const text = (html: string, ignore?: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return editableText(root, ignore);
};

describe('editableText', () => {
  it.each([
    ['Quill empty', '<p><br></p>', ''],
    ['Quill lines', '<p>one</p><p>two</p>', 'one\ntwo'],
    ['Quill blank line kept', '<p>one</p><p><br></p><p>three</p>', 'one\n\nthree'],
    ['Quill list, marker UI skipped', '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false">•</span>item</li></ol>', 'item'],
    ['CKEditor empty', '<p><br data-cke-filler="true"></p>', ''],
    ['CKEditor soft break', '<p>one<br>two</p>', 'one\ntwo'],
    ['CKEditor inline filler and nbsp', '<p>a&nbsp; b\u2060\u2060\u2060</p>', 'a  b'],
    ['inline formatting', '<p>say <strong>hi</strong> to <a href="#">@dana</a></p>', 'say hi to @dana'],
    ['bare text in the editable', 'just text', 'just text'],
    ['Slack emoji image', '<p>ship it <img class="emoji" data-stringify-text=":rocket:" alt="rocket" src="x.png"> now</p>', 'ship it :rocket: now'],
    ['Slack mention embed', '<p>ask <span class="ql-mention" contenteditable="false" data-stringify-text="@Dana Scully"></span> today</p>', 'ask @Dana Scully today'],
    ['a mention pill that shows its text is walked', '<p><span contenteditable="false" data-stringify-text="@U0123">@dana</span> hi</p>', '@dana hi'],
    ['Teams emoji alt', '<p>thanks <img alt="👍" itemtype="http://schema.skype.com/Emoji" src="x.png"></p>', 'thanks 👍'],
  ])('%s', (_name, html, expected) => {
    expect(text(html, '.ql-ui')).toBe(expected);
  });
});

describe('normalizeForCompare', () => {
  it('ignores whitespace shape and invisible characters', () => {
    expect(normalizeForCompare(' a\n\nb\u200B  c ')).toBe('a b c');
  });
});
