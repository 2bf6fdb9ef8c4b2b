// Renders the sidebar with spy callbacks, so each test reads as: props in, clicks, calls out.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import type { SidebarProps } from '../../../components/sidebar/types';

afterEach(cleanup);

export function renderSidebar(props: SidebarProps) {
  const spies = {
    onInsert: vi.fn<SidebarProps['onInsert']>(),
    onUrgencyChange: vi.fn<SidebarProps['onUrgencyChange']>(),
    onSchedule: vi.fn<SidebarProps['onSchedule']>(),
    onAddPerson: vi.fn<SidebarProps['onAddPerson']>(),
    onRecordAway: vi.fn<SidebarProps['onRecordAway']>(),
    onToggleCollapsed: vi.fn<SidebarProps['onToggleCollapsed']>(),
  };
  const view = render(<Sidebar {...props} {...spies} />);
  const $ = (testid: string) => view.container.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
  const $$ = (testid: string) => Array.from(view.container.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`));
  const rerender = (next: Partial<SidebarProps>) => view.rerender(<Sidebar {...props} {...spies} {...next} />);
  return { ...view, spies, $, $$, rerender };
}
