// Values for the {placeholders} in suggestion and warning templates, computed once per analysis.
import { sameDayDeadline } from '../expectation';
import type { Language } from '../language';
import { nextBusinessDay, validNow, validZone, zoneAbbreviation } from '../time';
import type { AnalyzeOptions } from '../types';

export type Vars = Record<string, string>;

export function templateVars(lang: Language, options: AnalyzeOptions, owner: string | undefined, hasContext: boolean): Vars {
  const t = lang.texts;
  const zoneName = validZone(options.senderTimeZone);
  const now = validNow(options.now);
  const zone = zoneAbbreviation(zoneName, now);
  const day = now === undefined ? t.unknownDay : t.weekdays[nextBusinessDay(zoneName, now)]!;
  return {
    owner: owner ?? t.unknownOwner,
    zone,
    when: `${day} ${t.defaultDeadlineTime} ${zone}`,
    nextDay: day,
    sameDay: sameDayDeadline({ now, senderTimeZone: zoneName }) ?? t.endOfDay,
    why: hasContext ? '' : t.deadlineReason,
  };
}

/** Replaces {name} with vars[name]; unknown names are left as they are. */
export function fill(template: string, vars: Vars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}
