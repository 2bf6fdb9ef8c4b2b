// The sidebar's whole world, as props: a view model plus callbacks. The content script owns every
// effect (host editor, background messages, timers); these components only render and report clicks.
import type { Analysis, UrgencyLabel } from '../../lib/analysis/types';
import type { SendTimeView } from '../../lib/sidebar/send-time-view';
import type { InsertSource, NewPerson, ScheduleStatus } from '../../lib/assistant/types';

export type { SendTimeView } from '../../lib/sidebar/send-time-view';
export type { InsertSource, NewPerson, ScheduleStatus } from '../../lib/assistant/types';

/** What the sidebar's menu turns off (lib/switch/rules.ts). */
export type OffChoice = 'pause-hour' | 'pause-morning' | 'off-conversation' | 'off-workspace' | 'off-host';

/** What the menu can offer on this page, in the host's words; absent parts are not offered. */
export interface OffMenu {
  host: string;
  /** The open conversation's title ("#general", "Dana Scully"). */
  conversation?: string;
  /** The workspace or tenant the host shows. */
  workspace?: string;
  /** `trusted` is false for a synthetic click (the host page's): the content script ignores those. */
  onChoose(choice: OffChoice, trusted: boolean): void;
}

export interface SidebarProps {
  /** null while the first analysis is pending. */
  analysis: Analysis | null;
  /** The composer text, for the evidence preview; spans index into it. */
  draft: string;
  /** The effective label: the user's override, else the analysed one. */
  urgency: UrgencyLabel;
  urgencyOverridden: boolean;
  /** null = back to the analysed label. */
  onUrgencyChange(label: UrgencyLabel | null): void;
  /** The response-expectation line for the effective label. */
  expectation: string;
  onInsert(text: string, source: InsertSource): void;
  /** null = recipients not read yet (the card shows a quiet placeholder). */
  sendTime: SendTimeView | null;
  onSchedule(): void;
  scheduleStatus?: ScheduleStatus;
  onAddPerson(person: NewPerson): void;
  onRecordAway(personId: string, range: { start: string; end: string }): void;
  /** The conversation's members are only in a host popover: offer to read them (Teams named groups). */
  membersHidden?: boolean;
  /** How the last "Read members" went, when it failed. */
  membersNote?: string;
  onReadMembers?(): void;
  theme: 'light' | 'dark';
  collapsed: boolean;
  onToggleCollapsed(): void;
  /** The pause / turn-off menu opened or closed: while it is open the assistant keeps `collapsed` as it was. */
  onMenuOpenChange?(open: boolean): void;
  /** The draft is too short to judge yet: no score, no parts (lib/sidebar/quiet.ts). */
  quiet?: boolean;
  /** It should be open, but no room would leave the host uncovered: the badge says so. */
  cramped?: boolean;
  /** A degraded state, shown calmly at the top (e.g. a host selector failed). */
  problem?: string;
  /** Focus mode: until when (epoch ms) and the next batch check ('HH:MM'). */
  focus?: { until: number; nextCheck?: string };
  now: number;
  senderTimeZone: string;
  /** The pause / turn-off menu; absent: no menu (previews). */
  menu?: OffMenu;
  /** Zones for the add-person picker; defaults to Intl.supportedValuesOf('timeZone'). */
  timeZones?: string[];
}
