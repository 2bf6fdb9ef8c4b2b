// @vitest-environment happy-dom
// The sidebar's pause / turn-off menu: what it offers on a page, that a choice reports itself (with
// whether the click was the user's), and keyboard use (arrows move, Escape closes back to the button).
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { OffMenu } from '../../../components/sidebar/types';
import { renderSidebar } from './render';
import { scenario } from './scenario';

const menu = (extra: Partial<OffMenu> = {}): OffMenu => ({ host: 'Slack', conversation: 'general', workspace: 'T0123', onChoose: vi.fn(), ...extra });

describe('sidebar menu', () => {
  it('the ⋯ button opens the menu inside the panel with every choice the page offers', () => {
    const m = menu();
    const { $, $$ } = renderSidebar({ ...scenario(), menu: m });
    expect($('pause')).toBeNull();
    expect($('sidebar-menu')!.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click($('sidebar-menu')!);
    expect($('sidebar-menu')!.getAttribute('aria-expanded')).toBe('true');
    expect($$('pause').concat($$('pause-morning'), $$('off-conversation'), $$('off-workspace'), $$('off-host')).map((b) => b.textContent)).toEqual([
      'Pause for 1 hour',
      'Pause until tomorrow morning',
      'Turn off in general',
      'Turn off in workspace T0123',
      'Turn off on Slack',
    ]);
    // It opens in the panel, not as an overlay on the host.
    expect($('sidebar-menu')!.closest('.composure')!.querySelector('.composure-menu')).not.toBeNull();
  });

  it('offers no conversation or workspace it cannot name', () => {
    const { $ } = renderSidebar({ ...scenario(), menu: { host: 'Teams', onChoose: vi.fn() } });
    fireEvent.click($('sidebar-menu')!);
    expect($('off-conversation')).toBeNull();
    expect($('off-workspace')).toBeNull();
    expect($('off-host')!.textContent).toBe('Turn off on Teams');
  });

  it('a choice is reported with the click\'s trust and closes the menu', () => {
    const m = menu();
    const { $ } = renderSidebar({ ...scenario(), menu: m });
    fireEvent.click($('sidebar-menu')!);
    fireEvent.click($('off-conversation')!);
    // A synthetic event (as the host page could dispatch) is not trusted: the content script ignores it.
    expect(m.onChoose).toHaveBeenCalledWith('off-conversation', false);
    expect($('off-conversation')).toBeNull();
  });

  it('arrows move between items; Escape closes and focus returns to the ⋯ button', () => {
    const { $ } = renderSidebar({ ...scenario(), menu: menu() });
    fireEvent.click($('sidebar-menu')!);
    expect(document.activeElement).toBe($('pause'));
    fireEvent.keyDown($('pause')!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe($('pause-morning'));
    fireEvent.keyDown($('pause-morning')!, { key: 'ArrowUp' });
    fireEvent.keyDown($('pause')!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe($('off-host'));
    fireEvent.keyDown($('off-host')!, { key: 'Escape' });
    expect($('pause')).toBeNull();
    expect(document.activeElement).toBe($('sidebar-menu'));
  });

  it('the folded badge reaches the same menu: its ⋯, or its context menu; a choice carries its trust', () => {
    const m = menu();
    const { $ } = renderSidebar({ ...scenario(), collapsed: true, menu: m });
    expect($('collapse')!.getAttribute('aria-expanded')).toBe('false');
    expect($('pause')).toBeNull();
    fireEvent.click($('sidebar-menu')!);
    expect(document.activeElement).toBe($('pause'));
    fireEvent.keyDown($('pause')!, { key: 'Escape' });
    expect($('pause')).toBeNull();
    expect(document.activeElement).toBe($('sidebar-menu'));
    // Right click (or the Menu key) on the badge opens the menu, not the browser's (the event is prevented).
    expect(fireEvent.contextMenu($('collapse')!)).toBe(false);
    fireEvent.click($('off-host')!);
    expect(m.onChoose).toHaveBeenCalledWith('off-host', false);
    expect($('off-host')).toBeNull();
  });

  it('a folded badge without a menu (no page to turn off) has no ⋯ and leaves the context menu alone', () => {
    const { $ } = renderSidebar({ ...scenario(), collapsed: true });
    expect($('sidebar-menu')).toBeNull();
    expect(fireEvent.contextMenu($('collapse')!)).toBe(true);
    expect($('pause')).toBeNull();
  });

  it('tells the assistant when the menu opens and closes (it holds the layout meanwhile); a click on the badge opens first, then closes the menu', () => {
    const calls: string[] = [];
    const { $, spies } = renderSidebar({
      ...scenario(),
      collapsed: true,
      menu: menu(),
      onMenuOpenChange: (open) => calls.push(open ? 'menu open' : 'menu closed'),
    });
    spies.onToggleCollapsed.mockImplementation(() => calls.push('toggle'));
    fireEvent.contextMenu($('collapse')!);
    fireEvent.keyDown($('pause')!, { key: 'Escape' });
    expect(calls).toEqual(['menu open', 'menu closed']);
    fireEvent.click($('sidebar-menu')!);
    fireEvent.click($('collapse')!);
    expect(calls).toEqual(['menu open', 'menu closed', 'menu open', 'toggle', 'menu closed']);
    expect($('pause')).toBeNull();
  });
});
