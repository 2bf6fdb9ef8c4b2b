// Builds the send-time card's view model from directory matches, the draft's analysis and the deadlines
// the background found in it. Pure: every time fact comes from lib/schedule, so the component only lays
// out strings and minutes. Its work grows with the recipients and the (at most MAX_DEADLINES_SHOWN)
// deadlines, never with the draft's length: reading deadline phrases is the background's.
import type { Analysis, UrgencyLabel } from '../analysis/types';
import {
  MAX_DEADLINES_SHOWN,
  dayDateOf,
  describeDeadlines,
  isValidTimeZone,
  localNow,
  planSendTime,
  validatePerson,
  workingWindows,
  type DateRange,
  type FoundDeadline,
  type HostAway,
  type LocalNow,
  type MinuteRange,
  type Person,
  type ResolvedDeadline,
  type SendSuggestion,
  type SendWhy,
  type WorkingHours,
  type WorkingWindows,
} from '../schedule';
import { ownersOf, deadlineOf } from './ask-targets';
import { localStatus } from './format';
import { overlapCaption, pictureTicks, type Tick } from './overlap-caption';
import { suggestionLabel } from './suggestion-label';
import { errorMessage } from '../contained';

/** A directory entry matched to someone in the conversation; `handle` is how the host showed them. */
/** A matched recipient; `seenAs` is the name the host shows, when it differs from the directory's. */
export type DirectoryPerson = Person & { handle?: string; seenAs?: string; away?: HostAway };

/** Someone in the conversation with no directory entry yet. */
export interface UnknownParticipant {
  name: string;
  handle?: string;
  away?: HostAway;
}

export interface SendTimeViewInput {
  people: DirectoryPerson[];
  unknown: UnknownParticipant[];
  now: number;
  senderTimeZone: string;
  urgency: UrgencyLabel;
  draft: string;
  /** The draft's analysis: its owner part names the people asked, its deadline part the deadline. */
  analysis?: Analysis | null;
  /**
   * The draft's deadline phrases placed in time, as the background answered them with this draft's
   * analysis (on the sender's clock and hours); the first MAX_DEADLINES_SHOWN are shown.
   */
  deadlines: readonly FoundDeadline[];
  /** A direct message: the partner is the person asked. */
  direct?: boolean;
  /** The sender's own hours: the "You" row of the overlap picture. */
  me?: { name?: string; workingHours: WorkingHours; outOfOffice?: DateRange[] };
}

export interface RecipientView {
  id: string;
  name: string;
  handle?: string;
  known: boolean;
  timeZone?: string;
  local?: LocalNow;
  /** '09:14 Tue · working' or '23:10 Mon · off until Tue 09:00'. */
  status?: string;
  /** Why a directory entry could not be used (bad zone or hours), readable by a person. */
  problem?: string;
  /** 'Dana Scully is out of office, as Teams shows': the host's own word on their absence. */
  away?: string;
  /** The days the host's absence covers, when it can be recorded as time off (a known person, not recorded yet). */
  recordAway?: { start: string; end: string };
}

export interface SendTimeView {
  recipients: RecipientView[];
  suggestion: SendSuggestion;
  /** Why the suggestion is what it is, who it is timed for, and the deadline it respects. */
  why: SendWhy;
  targets: string[];
  deadline?: number;
  /** 'Send now' or 'Schedule for Thu 10 Dec, 09:00 Berlin = 08:00 your time (in 6 days)'. */
  label: string;
  /** The sender's day that holds the suggested moment; null when nobody's hours are known. */
  windows: WorkingWindows | null;
  /** The sender's own windows on that day, when `me` was given. */
  myWindows: MinuteRange[] | null;
  ticks: Tick[];
  /** 'Both overlap 09:00–10:30 your time': the picture in words (also its aria-label). */
  caption: string;
  deadlines: ResolvedDeadline[];
  /** What the hosts show of the recipients' absence, one line each ("Lena is out of office until Mon 14 Dec, as Teams shows"). */
  away: string[];
}

/** The card lists at most this many of the draft's deadlines. */
export { MAX_DEADLINES_SHOWN } from '../schedule';

/** The send-time card for these recipients at `now`. Never throws on bad directory data. */
export function buildSendTimeView(input: SendTimeViewInput): SendTimeView {
  const { now, urgency, draft, me } = input;
  const zone = isValidTimeZone(input.senderTimeZone) ? input.senderTimeZone : 'UTC';
  const usable: DirectoryPerson[] = [];
  const recipients: RecipientView[] = input.people.map((p) => {
    const base: RecipientView = { id: p.id, name: p.seenAs ?? p.name, known: true, timeZone: p.timeZone };
    if (p.handle !== undefined) base.handle = p.handle;
    try {
      validatePerson(p);
    } catch (error) {
      return { ...base, problem: errorMessage(error) };
    }
    usable.push(p);
    const local = localNow(p, now);
    const view: RecipientView = { ...base, local, status: localStatus(local, p.timeZone) };
    if (p.away) {
      view.away = awayLine(base.name, p.away);
      const end = p.away.until && p.away.until >= local.date ? p.away.until : local.date;
      if (!local.outOfOffice) view.recordAway = { start: local.date, end };
    }
    return view;
  });
  for (const u of input.unknown) {
    const view: RecipientView = { id: `unknown:${u.handle ?? u.name}`, name: u.name, known: false };
    if (u.handle !== undefined) view.handle = u.handle;
    if (u.away) view.away = awayLine(u.name, u.away);
    recipients.push(view);
  }

  const myPerson: Person | null = me
    ? { id: 'me', name: me.name ?? 'You', timeZone: zone, workingHours: me.workingHours, ...(me.outOfOffice ? { outOfOffice: me.outOfOffice } : {}) }
    : null;
  // The card renders a bounded list whatever it is handed, and a deadline or recipient it cannot place
  // on a clock costs the list, never the card.
  const found = input.deadlines.filter((d) => Number.isFinite(d.at) && Math.abs(d.at) <= 8e15).slice(0, MAX_DEADLINES_SHOWN);
  let deadlines: ResolvedDeadline[] = [];
  try {
    deadlines = describeDeadlines(found, zone, usable);
  } catch {
    deadlines = [];
  }
  const analysis = input.analysis ?? null;
  const owners = ownersOf(draft, analysis, usable, input.direct ?? false);
  const deadline = deadlineOf(found, analysis);
  const plan = planSendTime({ now, recipients: usable, urgency, senderTimeZone: zone, owners, ...(deadline !== undefined ? { deadline } : {}) });
  const suggestion = plan.suggestion;
  const moment = suggestion.at === 'now' ? now : suggestion.at;
  const day = localNow({ id: 'me', name: 'You', timeZone: zone, workingHours: {} }, moment).date;
  const windows = usable.length > 0 ? workingWindows(usable, day, zone) : null;
  let myWindows: MinuteRange[] | null = null;
  if (myPerson && windows) {
    try {
      myWindows = workingWindows([myPerson], day, zone).people[0]?.windows ?? null;
    } catch {
      myWindows = null; // The sender's own settings are bad; the picture is still useful without them.
    }
  }
  return {
    recipients,
    suggestion,
    why: plan.why,
    targets: plan.targets,
    ...(deadline !== undefined ? { deadline } : {}),
    label: suggestionLabel(plan, usable, zone, now),
    windows,
    myWindows,
    ticks: windows ? pictureTicks(windows) : [],
    caption: windows ? overlapCaption(windows) : '',
    deadlines,
    away: recipients.flatMap((r) => (r.away ? [r.away] : [])),
  };
}

/** 'Lena Park is out of office until Mon 14 Dec, as Teams shows'. */
export function awayLine(name: string, away: HostAway): string {
  return `${name} is ${away.label}${away.until ? ` until ${dayDateOf(Date.parse(`${away.until}T12:00:00Z`), 'UTC')}` : ''}, as ${away.host} shows`;
}
