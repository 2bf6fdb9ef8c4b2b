// @vitest-environment happy-dom
// The stable hooks of lib/analysis/README.md (test hooks) and the whole-sidebar states, on real engine output.
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../lib/analysis';
import { PART_IDS } from '../../../lib/analysis/types';
import { MAX_ANALYZED_CHARS } from '../../../lib/analysis/limits';
import { renderSidebar } from './render';
import { BLOCKER, scenario } from './scenario';

describe('stable hooks', () => {
  it('shows the score, urgency and every part with its state', () => {
    const props = scenario();
    const analysis = props.analysis!;
    const { $ } = renderSidebar(props);
    expect($('score')!.textContent).toBe(String(analysis.score));
    expect($('urgency')!.textContent).toContain(analysis.urgency.label);
    for (const check of analysis.checks) {
      const row = $(`check-${check.id}`)!;
      expect(row.getAttribute('data-present')).toBe(String(check.present));
      expect(row.getAttribute('data-required')).toBe(String(check.required));
    }
    expect(PART_IDS.every((id) => $(`check-${id}`))).toBe(true);
    expect($('insert-expectation')).not.toBeNull();
    expect($('send-time')!.textContent).toBe('Schedule for Mon 12 Jan, 09:00 Berlin = 00:00 your time (in 1 hour)');
    expect($('schedule')!.tagName).toBe('BUTTON');
  });

  it('says when a draft is longer than what one analysis reads', () => {
    const long = 'The rollout is paused while we check the numbers. '.repeat(500);
    expect(long.length).toBeGreaterThan(MAX_ANALYZED_CHARS);
    const capped = renderSidebar(scenario({ draft: long }));
    expect(capped.$('analysis-capped')!.textContent).toBe('Composure reads the first 20,000 characters of a draft; the rest is not checked.');
    capped.unmount();
    expect(renderSidebar(scenario()).$('analysis-capped')).toBeNull();
  });

  it('offers insert-<part> exactly for missing parts that have a suggestion', () => {
    const props = scenario({ draft: 'Can you review the pricing page copy?' });
    const { $ } = renderSidebar(props);
    for (const check of props.analysis!.checks) {
      const wanted = !check.present && !!check.suggestion;
      expect($(`insert-${check.id}`) !== null, check.id).toBe(wanted);
    }
  });

  it('leaves the score empty and does not nag for a social message', () => {
    const { $, container } = renderSidebar(scenario({ draft: 'thanks!' }));
    expect($('score')!.textContent).toBe('');
    expect($('not-applicable')!.textContent).toContain('Nothing to check — looks like a quick reply');
    expect(container.querySelector('[data-testid^="check-"]')).toBeNull();
    expect($('send-time')).toBeNull();
  });

  it('shows a pending state before the first analysis', () => {
    const { $ } = renderSidebar(scenario({}, { analysis: null, urgency: 'same-day' }));
    expect($('score')!.textContent).toBe('');
    expect($('pending')!.textContent).toContain('Reading your draft');
    // The effective label is known before the analysis (an override, or the last one).
    expect($('urgency')!.textContent).toBe('same-day');
  });
});

describe('sidebar states', () => {
  it('collapses to a pill with score and urgency that expands again', () => {
    const props = scenario({}, { collapsed: true });
    const { $, container, spies } = renderSidebar(props);
    const pill = $('collapse')!;
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect($('score')!.textContent).toBe(String(props.analysis!.score));
    expect($('urgency')!.textContent).toBe(props.urgency);
    expect(container.querySelector('[data-testid^="check-"]')).toBeNull();
    fireEvent.click(pill);
    expect(spies.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  it('the expanded header toggle says it is expanded and collapses', () => {
    const { $, spies } = renderSidebar(scenario());
    expect($('collapse')!.getAttribute('aria-expanded')).toBe('true');
    expect($('collapse')!.getAttribute('aria-label')).toBe('Collapse Composure');
    fireEvent.click($('collapse')!);
    expect(spies.onToggleCollapsed).toHaveBeenCalledTimes(1);
  });

  it('follows the host theme', () => {
    const { $, rerender } = renderSidebar(scenario());
    expect($('sidebar')!.getAttribute('data-theme')).toBe('light');
    expect($('sidebar')!.classList.contains('composure--light')).toBe(true);
    rerender({ theme: 'dark' });
    expect($('sidebar')!.getAttribute('data-theme')).toBe('dark');
    expect($('sidebar')!.classList.contains('composure--dark')).toBe(true);
  });

  it('shows a problem calmly, beside whatever still works', () => {
    const problem = "Composure can't find Slack's message box (selector message_input failed)";
    const { $ } = renderSidebar(scenario({}, { problem }));
    expect($('problem')!.textContent).toBe(problem);
    expect($('problem')!.getAttribute('role')).toBe('status');
    expect($('score')!.textContent).not.toBe('');
  });

  it('shows the focus line on the sender clock', () => {
    // 2026-01-12 10:30 UTC = 11:30 in Berlin.
    const props = scenario({ senderTimeZone: 'Europe/Berlin' }, { focus: { until: Date.UTC(2026, 0, 12, 10, 30), nextCheck: '13:00' } });
    const { $ } = renderSidebar(props);
    expect($('focus')!.textContent).toBe('Focus until 11:30 · next check 13:00');
  });

  it('summarises kind and missing parts in the header', () => {
    const analysis = analyzeMessage(BLOCKER);
    const missing = analysis.checks.filter((c) => c.required && !c.present).length;
    const kind = analysis.kind.charAt(0).toUpperCase() + analysis.kind.slice(1);
    const { container } = renderSidebar(scenario({ draft: BLOCKER }));
    expect(container.querySelector('.composure-summary')!.textContent).toBe(`${kind} · ${missing === 0 ? 'complete' : `${missing} needed`}`);
  });
});
