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

/** The sender's clock at elapsed minute m from the pictured day's start, past either end too. */
function clockAround(windows: WorkingWindows, minute: number): string {
  return minute === windows.minutes ? '24:00' : clockIn(windows.start + minute * MINUTE, windows.timeZone);
}

/** Whole shifts as the sender's clock reads them ('22:00–06:00'), each once. */
export function shiftRanges(windows: WorkingWindows, shifts: MinuteRange[]): string {
  return [...new Set(shifts.map(([a, b]) => `${clockAround(windows, a)}–${clockAround(windows, b)}`))].join(', ');
}

/**
 * Where a shift crossing midnight continues outside the pictured day, wrapped onto the 24-hour
 * picture (so 22:00–06:00 is drawn whole), minus what the day's own windows already show.
 */
export function wrappedParts(windows: WorkingWindows, own: MinuteRange[], shifts: MinuteRange[]): MinuteRange[] {
  const n = windows.minutes;
  const parts: MinuteRange[] = [];
  for (const [a, b] of shifts) {
    if (b > n) parts.push([0, Math.min(b - n, n)]);
    if (a < 0) parts.push([Math.max(n + a, 0), n]);
  }
  const out: MinuteRange[] = [];
  for (const [a, b] of parts) {
    // Subtract the day's own windows (at most a few), keeping what is left.
    let pieces: MinuteRange[] = [[a, b]];
    for (const [s, e] of own) pieces = pieces.flatMap(([x, y]): MinuteRange[] => (e <= x || s >= y ? [[x, y]] : [...(x < s ? [[x, s] as MinuteRange] : []), ...(e < y ? [[e, y] as MinuteRange] : [])]));
    out.push(...pieces.filter(([x, y]) => y > x));
  }
  return out;
}

/** 'Both overlap 09:00–10:30 your time', 'No time when all 3 work; 2 overlap 10:00–12:00 your time'. */
export function overlapCaption(windows: WorkingWindows): string {
  const n = windows.people.length;
  if (n === 0) return '';
  if (n === 1) {
    const only = windows.people[0]!;
    return only.windows.length ? `${only.name} works ${shiftRanges(windows, only.shifts)} your time` : `${only.name} is not working this day`;
  }
  if (windows.everyone.length) {
    return `${n === 2 ? 'Both' : `All ${n}`} overlap ${ranges(windows, windows.everyone)} your time`;
  }
  if (windows.most.count === 0) return 'Nobody is working this day';
  return `No time when all ${n} work; ${windows.most.count} overlap ${ranges(windows, windows.most.windows)} your time`;
}
