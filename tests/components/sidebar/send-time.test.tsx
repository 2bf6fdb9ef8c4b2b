// @vitest-environment happy-dom
// The send-time card on real lib/schedule output: words, schedule, recipients, add flow, picture.
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render';
import { MON_0700_UTC, MON_0900_UTC, ana, priya } from './people';
import { BLOCKER, scenario } from './scenario';

describe('send time', () => {
  it('says "Send now" and has nothing to schedule when everyone is in', () => {
    const { $ } = renderSidebar(scenario({ now: MON_0900_UTC }));
    expect($('send-time')!.textContent).toBe('Send now');
    expect($('schedule')!.hasAttribute('disabled')).toBe(true);
  });

  it('names the scheduled moment on both clocks and schedules on click', () => {
    const { $, spies } = renderSidebar(scenario({ now: MON_0700_UTC }));
    expect($('send-time')!.textContent).toBe('Schedule for Mon 12 Jan, 09:00 Berlin = 00:00 your time (in 1 hour)');
    expect($('send-time')!.getAttribute('data-at')).toBe(String(Date.UTC(2026, 0, 12, 8)));
    fireEvent.click($('schedule')!);
    expect(spies.onSchedule).toHaveBeenCalledTimes(1);
  });

  it('keeps the reasons folded until asked', () => {
    const props = scenario();
    const { $ } = renderSidebar(props);
    const toggle = $('send-reasons-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($('send-reasons')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect($('send-reasons')!.textContent).toBe(props.sendTime!.suggestion.reasons.join(''));
  });

  it('shows each schedule outcome with its message', () => {
    const { $, rerender } = renderSidebar(scenario({}, { scheduleStatus: { state: 'working', message: 'Opening Slack’s schedule menu…' } }));
    expect($('schedule')!.hasAttribute('disabled')).toBe(true);
    expect($('schedule-status')!.getAttribute('data-state')).toBe('working');
    rerender({ scheduleStatus: { state: 'host', message: 'Scheduled in Slack for Mon 00:00' } });
    expect($('schedule-status')!.textContent).toBe('Scheduled in Slack for Mon 00:00');
    rerender({ scheduleStatus: { state: 'outbox', message: 'Saved to the Composure outbox' } });
    expect($('schedule-status')!.getAttribute('data-state')).toBe('outbox');
    rerender({ scheduleStatus: { state: 'error', message: 'Slack’s schedule menu did not open' } });
    expect($('schedule-status')!.getAttribute('role')).toBe('alert');
    expect($('schedule-status')!.textContent).toBe('Slack’s schedule menu did not open');
  });

  it('shows each recipient’s clock and working state in words', () => {
    const { $ } = renderSidebar(scenario({ now: MON_0700_UTC }));
    expect(document.querySelector('[data-testid="recipient"][data-recipient="ana"]')!.textContent).toContain('08:00 Mon · off until Mon 09:00');
    expect(document.querySelector('[data-testid="recipient"][data-recipient="ana"]')!.getAttribute('data-state')).toBe('off');
    expect(document.querySelector('[data-testid="recipient"][data-recipient="priya"]')!.textContent).toContain('12:30 Mon · working');
    expect(document.querySelector('[data-testid="recipient"][data-recipient="priya"]')!.getAttribute('data-state')).toBe('working');
  });

  it('adds an unknown recipient with the chosen time zone', () => {
    const props = scenario({ unknown: [{ name: 'Kim Lee', handle: 'kim' }] }, { timeZones: ['Asia/Seoul', 'Europe/Berlin', 'America/Los_Angeles'] });
    const { $, spies } = renderSidebar(props);
    const row = document.querySelector('[data-testid="recipient"][data-recipient="unknown:kim"]')!;
    expect(row.textContent).toContain('Not in your team directory');
    fireEvent.click($('add-person')!);
    const select = $('add-person-zone') as HTMLSelectElement;
    // Defaults to the sender's zone: colleagues usually share it.
    expect(select.value).toBe('America/Los_Angeles');
    fireEvent.change(select, { target: { value: 'Asia/Seoul' } });
    fireEvent.click($('add-person-confirm')!);
    expect(spies.onAddPerson).toHaveBeenCalledWith({ name: 'Kim Lee', handle: 'kim', timeZone: 'Asia/Seoul' });
    expect($('add-person-form')).toBeNull();
  });

  it('names what the host shows of an absence, and records it as time off only on a click', () => {
    const away = { label: 'out of office', host: 'Teams' as const };
    const props = scenario({ now: MON_0900_UTC, people: [{ ...ana, away: { ...away, until: '2026-01-16' } }, priya], unknown: [{ name: 'Kim Lee', away }] });
    const { $, spies } = renderSidebar(props);
    expect($('host-away')!.textContent).toContain('Ana Weber is out of office until Fri 16 Jan, as Teams shows');
    expect($('host-away')!.textContent).toContain('Kim Lee is out of office, as Teams shows');
    const row = document.querySelector('[data-testid="recipient"][data-recipient="ana"]')!;
    expect(row.querySelector('[data-testid="recipient-away"]')!.textContent).toContain('as Teams shows');
    // Only a known person can be recorded; nothing is written until the click.
    expect(document.querySelectorAll('[data-testid="record-away"]').length).toBe(1);
    expect(spies.onRecordAway).not.toHaveBeenCalled();
    fireEvent.click(row.querySelector('[data-testid="record-away"]')!);
    expect(spies.onRecordAway).toHaveBeenCalledWith('ana', { start: '2026-01-12', end: '2026-01-16' });
  });

  it('does not offer to record an absence the directory already has for today', () => {
    const away = { label: 'out of office', host: 'Teams' as const };
    const { $ } = renderSidebar(scenario({ now: MON_0900_UTC, people: [{ ...ana, away, outOfOffice: [{ start: '2026-01-12', end: '2026-01-12' }] }, priya] }));
    expect($('host-away')!.textContent).toBe('Ana Weber is out of office, as Teams shows');
    expect($('record-away')).toBeNull();
  });

  it('offers the platform zone list when none is given', () => {
    const { $ } = renderSidebar(scenario({ unknown: [{ name: 'Kim' }] }));
    fireEvent.click($('add-person')!);
    const values = Array.from(($('add-person-zone') as HTMLSelectElement).options).map((o) => o.value);
    expect(values).toContain('Europe/Berlin');
    expect(values).toContain('UTC');
    expect(values.length).toBeGreaterThan(300);
  });

  it('draws one row per person with the slot and, on today, the now-line', () => {
    const later = renderSidebar(scenario({ now: MON_0700_UTC }));
    const svg = later.$('overlap')!.querySelector('svg')!;
    // The sender row ("You") plus Ana and Priya.
    expect(svg.querySelectorAll('.composure-chart-row')).toHaveLength(3);
    expect(svg.querySelectorAll('.composure-chart-band').length).toBeGreaterThan(0);
    expect(later.$('overlap-slot')).not.toBeNull();
    expect(svg.getAttribute('aria-label')).toBe('Both overlap 00:00–03:30 your time');
    later.unmount();
    const now = renderSidebar(scenario({ now: MON_0900_UTC }));
    expect(now.$('overlap-slot')).toBeNull();
    expect(now.$('overlap-now')).not.toBeNull();
  });

  it('resolves relative deadlines for the recipients and flags ones outside their hours', () => {
    const props = scenario({ draft: BLOCKER, people: [ana, priya] });
    const { $$ } = renderSidebar(props);
    const rows = $$('deadline');
    expect(rows).toHaveLength(props.sendTime!.deadlines.length);
    expect(rows.length).toBeGreaterThan(0);
    const [first] = props.sendTime!.deadlines;
    expect(rows[0]!.textContent).toContain(first!.summary);
    const outside = first!.perRecipient.filter((r) => r.outsideHours);
    expect(rows[0]!.getAttribute('data-outside')).toBe(String(outside.length > 0));
    for (const r of outside) expect(rows[0]!.textContent).toContain(r.name);
  });

  it('waits quietly while recipients are unknown', () => {
    const { $, container } = renderSidebar(scenario({}, { sendTime: null }));
    expect($('send-time')).toBeNull();
    expect(container.textContent).toContain('Looking for who is in this conversation');
  });
});
