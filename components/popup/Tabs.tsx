// An accessible tab list: arrow keys, Home and End move between tabs (automatic activation).
import { useRef } from 'preact/hooks';
import type { TabId } from './types';

export interface TabDef {
  id: TabId;
  label: string;
}

export interface TabsProps {
  tabs: readonly TabDef[];
  active: TabId;
  onSelect: (id: TabId) => void;
}

export const tabDomId = (id: TabId) => `tab-${id}`;
export const panelDomId = (id: TabId) => `panel-${id}`;

/** role=tablist with a roving tabindex, as in the WAI-ARIA tabs pattern. */
export function Tabs({ tabs, active, onSelect }: TabsProps) {
  const list = useRef<HTMLDivElement>(null);
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    list.current?.querySelector<HTMLButtonElement>(`#${tabDomId(tab.id)}`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div class="tabs" role="tablist" aria-label="Composure settings" ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={tabDomId(t.id)}
          class="tab"
          aria-selected={t.id === active}
          aria-controls={panelDomId(t.id)}
          tabIndex={t.id === active ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
