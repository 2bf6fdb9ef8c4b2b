// Hour ticks and a one-sentence reading of the 24-hour overlap picture (so it is not colour alone).
import type { MinuteRange, WorkingWindows } from '../schedule';
import { clockIn } from './format';

const MINUTE = 60_000;

export interface Tick {
  minute: number;
  label: string;
}

/** The sender's clock at elapsed minute m of the pictured day ('24:00' at its end). */
export function clockAt(windows: WorkingWindows, minute: number): string {
  if (minute >= windows.minutes) return '24:00';
  return clockIn(windows.start + minute * MINUTE, windows.timeZone);
}

/** Ticks every six real hours; on a clock-change day the labels show the true wall clock. */
export function pictureTicks(windows: WorkingWindows): Tick[] {
  const ticks: Tick[] = [];
  for (let m = 0; m <= windows.minutes; m += 360) ticks.push({ minute: m, label: clockAt(windows, m).slice(0, 2) });
  if (ticks[ticks.length - 1]!.minute !== windows.minutes) ticks.push({ minute: windows.minutes, label: '24' });
  return ticks;
}

function ranges(windows: WorkingWindows, list: MinuteRange[]): string {
  return list.map(([a, b]) => `${clockAt(windows, a)}–${clockAt(windows, b)}`).join(', ');
}

/** 'Both overlap 09:00–10:30 your time', 'No time when all 3 work; 2 overlap 10:00–12:00 your time'. */
export function overlapCaption(windows: WorkingWindows): string {
  const n = windows.people.length;
  if (n === 0) return '';
  if (n === 1) {
    const only = windows.people[0]!;
    return only.windows.length ? `${only.name} works ${ranges(windows, only.windows)} your time` : `${only.name} is not working this day`;
  }
  if (windows.everyone.length) {
    return `${n === 2 ? 'Both' : `All ${n}`} overlap ${ranges(windows, windows.everyone)} your time`;
  }
  if (windows.most.count === 0) return 'Nobody is working this day';
  return `No time when all ${n} work; ${windows.most.count} overlap ${ranges(windows, windows.most.windows)} your time`;
}
