// Realistic sidebar props built from the real engines, shared by the component tests and the
// screenshot preview, so what is tested is what is looked at.
import { analyzeMessage, expectationLine } from '../../../lib/analysis';
import type { UrgencyLabel } from '../../../lib/analysis/types';
import type { SidebarProps } from '../../../components/sidebar/types';
import { buildSendTimeView, type DirectoryPerson, type UnknownParticipant } from '../../../lib/sidebar/send-time-view';
import { draftDeadlines } from '../../../lib/background/analysis';
import { LA, MON_0700_UTC, ana, priya } from './people';

export const BLOCKER =
  'The release is blocked: the migration fails on staging with `ERR_LOCK_TIMEOUT` (https://ci.acme.io/runs/812). ' +
  'We can either retry with a longer lock timeout or split the migration; I suggest splitting it. ' +
  '@ana could you confirm by EOD Thursday?';

const noop = () => {};

interface ScenarioOptions {
  draft?: string;
  now?: number;
  senderTimeZone?: string;
  people?: DirectoryPerson[];
  unknown?: UnknownParticipant[];
  urgency?: UrgencyLabel;
}

/** Props for a draft analysed and scheduled for real; override any prop afterwards. */
export function scenario(options: ScenarioOptions = {}, overrides: Partial<SidebarProps> = {}): SidebarProps {
  const draft = options.draft ?? BLOCKER;
  const now = options.now ?? MON_0700_UTC;
  const senderTimeZone = options.senderTimeZone ?? LA;
  const analysis = analyzeMessage(draft, { now, senderTimeZone });
  const urgency = options.urgency ?? analysis.urgency.label;
  const workingHours = { mon: [{ start: '08:00', end: '16:00' }] };
  // The deadlines analysis/run answers for this draft, on the sender's own hours.
  const deadlines = draftDeadlines(draft, { now, senderTimeZone }, { name: '', timeZone: senderTimeZone, workingHours, outOfOffice: [] });
  const sendTime = buildSendTimeView({
    people: options.people ?? [ana, priya],
    unknown: options.unknown ?? [],
    now,
    senderTimeZone,
    urgency,
    draft,
    deadlines,
    me: { workingHours },
  });
  return {
    analysis,
    draft,
    urgency,
    urgencyOverridden: urgency !== analysis.urgency.label,
    onUrgencyChange: noop,
    expectation: urgency === analysis.urgency.label ? analysis.urgency.expectation : expectationLine(urgency, { now, senderTimeZone }),
    onInsert: noop,
    sendTime,
    onSchedule: noop,
    onAddPerson: noop,
    onRecordAway: noop,
    theme: 'light',
    collapsed: false,
    onToggleCollapsed: noop,
    now,
    senderTimeZone,
    ...overrides,
  };
}
