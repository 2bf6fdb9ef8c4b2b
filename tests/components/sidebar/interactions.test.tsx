// @vitest-environment happy-dom
// Clicks in, callbacks out: parts, evidence preview, urgency and warnings.
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/analysis/types';
import { renderSidebar } from './render';
import { BLOCKER, scenario } from './scenario';

describe('parts', () => {
  it('clicking a missing part inserts its suggestion', () => {
    const props = scenario({ draft: 'Can you review the pricing page copy?' });
    const missing = props.analysis!.checks.find((c) => !c.present && c.required && c.suggestion)!;
    const { $, spies } = renderSidebar(props);
    fireEvent.click($(`insert-${missing.id}`)!);
    expect(spies.onInsert).toHaveBeenCalledWith(missing.suggestion, { kind: 'part', part: missing.id });
  });

  it('clicking a present part marks its evidence in the preview, and again hides it', () => {
    const props = scenario({ draft: BLOCKER });
    const evidence = props.analysis!.checks.find((c) => c.id === 'evidence')!;
    expect(evidence.present).toBe(true);
    const { $ } = renderSidebar(props);
    expect($('preview')).toBeNull();
    const toggle = $('show-evidence')!;
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const marks = Array.from($('preview')!.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(evidence.spans.map(([a, b]) => BLOCKER.slice(a, b)));
    expect(marks.join(' ')).toContain('https://ci.acme.io/runs/812');
    expect($('preview')!.textContent).toBe(BLOCKER);
    fireEvent.click(toggle);
    expect($('preview')).toBeNull();
  });

  it('switching to another part moves the highlight', () => {
    const props = scenario({ draft: BLOCKER });
    const ask = props.analysis!.checks.find((c) => c.id === 'ask')!;
    const { $ } = renderSidebar(props);
    fireEvent.click($('show-evidence')!);
    fireEvent.click($('show-ask')!);
    expect($('show-evidence')!.getAttribute('aria-pressed')).toBe('false');
    const marks = Array.from($('preview')!.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(ask.spans.map(([a, b]) => BLOCKER.slice(a, b)));
  });

  it('the checklist is a list of eight items', () => {
    const { container } = renderSidebar(scenario());
    const list = container.querySelector('[role="list"][aria-label="Message parts"]')!;
    expect(list.querySelectorAll(':scope > li')).toHaveLength(8);
  });
});

describe('urgency', () => {
  it('shows the effective label pressed and the other three one click away', () => {
    const { $, spies } = renderSidebar(scenario({ draft: BLOCKER }));
    expect($('urgency-option-normal')!.getAttribute('aria-pressed')).toBe('true');
    for (const other of ['urgent', 'same-day', 'fyi'] as const) {
      expect($(`urgency-option-${other}`)!.getAttribute('aria-pressed')).toBe('false');
    }
    fireEvent.click($('urgency-option-same-day')!);
    expect(spies.onUrgencyChange).toHaveBeenLastCalledWith('same-day');
  });

  it('an override can go back to automatic, by the reset or by choosing the analysed label', () => {
    const props = scenario({ draft: BLOCKER, urgency: 'same-day' });
    expect(props.urgencyOverridden).toBe(true);
    const { $, spies } = renderSidebar(props);
    expect($('urgency')!.textContent).toBe('same-day');
    expect($('urgency-option-same-day')!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click($('urgency-reset')!);
    expect(spies.onUrgencyChange).toHaveBeenLastCalledWith(null);
    fireEvent.click($(`urgency-option-${props.analysis!.urgency.label}`)!);
    expect(spies.onUrgencyChange).toHaveBeenLastCalledWith(null);
  });

  it('insert-expectation inserts the line for the effective label', () => {
    const props = scenario({ draft: BLOCKER, urgency: 'same-day' });
    const { $, spies } = renderSidebar(props);
    expect(props.expectation).not.toBe(props.analysis!.urgency.expectation);
    fireEvent.click($('insert-expectation')!);
    expect(spies.onInsert).toHaveBeenCalledWith(props.expectation, { kind: 'expectation' });
  });
});

describe('warnings', () => {
  it('lists real warnings with their fix and shows the flagged text', () => {
    const props = scenario({ draft: 'URGENT: thoughts on the new logo?' });
    const warnings = props.analysis!.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const { $ } = renderSidebar(props);
    for (const w of warnings) {
      expect($(`warning-${w.id}`)!.textContent).toContain(w.message);
      if (w.fix) expect($(`warning-${w.id}`)!.textContent).toContain(w.fix);
    }
    const first = warnings.find((w) => w.span)!;
    const show = Array.from($(`warning-${first.id}`)!.querySelectorAll('button')).find((b) => b.textContent === 'Show in draft')!;
    fireEvent.click(show);
    expect(show.getAttribute('aria-pressed')).toBe('true');
    expect($('preview')!.querySelector('mark')!.textContent).toBe(props.draft.slice(...first.span!));
  });

  it('offers to insert a fix only when it reads as message text', () => {
    const base = scenario({ draft: BLOCKER });
    const analysis: Analysis = {
      ...base.analysis!,
      warnings: [
        { id: 'line', message: 'Nobody knows a reply is optional.', fix: 'No reply needed; this is for your information.' },
        { id: 'advice', message: 'Ambiguous zone.', fix: 'Add the zone: "by EOD Thur CET".' },
      ],
    };
    const { $, spies } = renderSidebar({ ...base, analysis });
    expect($('fix-advice')).toBeNull();
    fireEvent.click($('fix-line')!);
    expect(spies.onInsert).toHaveBeenCalledWith('No reply needed; this is for your information.', { kind: 'warning', id: 'line' });
  });
});
