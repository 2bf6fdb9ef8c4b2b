// The sidebar's menu: pause, or turn Composure off for this conversation, workspace or host. It opens
// inside the panel (never over the host's controls); turning back on is the toolbar popup's.
import { useEffect, useRef } from 'preact/hooks';
import type { OffChoice, OffMenu } from './types';

interface Item {
  choice: OffChoice;
  label: string;
  testid: string;
}

/** The menu's items, broadest last so the gentlest choice is first under the pointer. */
export function menuItems(menu: OffMenu): Item[] {
  const items: Item[] = [
    { choice: 'pause-hour', label: 'Pause for 1 hour', testid: 'pause' },
    { choice: 'pause-morning', label: 'Pause until tomorrow morning', testid: 'pause-morning' },
  ];
  if (menu.conversation) items.push({ choice: 'off-conversation', label: `Turn off in ${menu.conversation}`, testid: 'off-conversation' });
  if (menu.workspace) items.push({ choice: 'off-workspace', label: `Turn off in workspace ${menu.workspace}`, testid: 'off-workspace' });
  items.push({ choice: 'off-host', label: `Turn off on ${menu.host}`, testid: 'off-host' });
  return items;
}

interface MenuButtonProps {
  open: boolean;
  onToggle(): void;
}

/** The header's ⋯ button. */
export function MenuButton({ open, onToggle }: MenuButtonProps) {
  return (
    <button
      type="button"
      class="composure-icon-button"
      data-testid="sidebar-menu"
      aria-haspopup="menu"
      aria-expanded={open ? 'true' : 'false'}
      aria-controls="composure-menu"
      aria-label="Composure menu: pause or turn off"
      title="Pause or turn off"
      onClick={onToggle}
    >
      <svg class="composure-icon" viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true" focusable="false">
        <circle cx="3.5" cy="8" r="1.3" />
        <circle cx="8" cy="8" r="1.3" />
        <circle cx="12.5" cy="8" r="1.3" />
      </svg>
    </button>
  );
}

interface MenuListProps {
  menu: OffMenu;
  /** `trusted`: a real click or key press (the host page cannot switch us off with a synthetic one). */
  onChoose(choice: OffChoice, trusted: boolean): void;
  onClose(): void;
}

/** The open menu: a role=menu list; arrows move, Escape closes and gives focus back to the ⋯ button. */
export function MenuList({ menu, onChoose, onClose }: MenuListProps) {
  const list = useRef<HTMLDivElement>(null);
  const items = menuItems(menu);
  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      const button = list.current?.parentElement?.querySelector<HTMLButtonElement>('[data-testid="sidebar-menu"]');
      onClose();
      button?.focus();
      return;
    }
    if (to === undefined) return;
    e.preventDefault();
    buttons[(to + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div class="composure-menu" id="composure-menu" role="menu" aria-label="Pause or turn off Composure" ref={list} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.choice}
          type="button"
          role="menuitem"
          class="composure-menu-item"
          data-testid={item.testid}
          tabIndex={-1}
          onClick={(e) => onChoose(item.choice, e.isTrusted === true)}
        >
          {item.label}
        </button>
      ))}
      <p class="composure-menu-note">Turn it back on from the Composure button in the toolbar.</p>
    </div>
  );
}
