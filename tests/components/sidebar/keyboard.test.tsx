// @vitest-environment happy-dom
// Keyboard reach. happy-dom has no Tab traversal and no Enter/Space activation of buttons, so this
// checks what makes the browser provide both: every control is a native, enabled, named <button>
// (or <select>) in document order with no tabindex tricks, and takes focus. preview/screenshot.mjs
// presses the real keys in Chromium.
import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render';
import { scenario } from './scenario';

const TABBABLE = 'button:not([disabled]), select:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The sequence Tab walks through: tabbable elements in document order (no positive tabindex used). */
function tabOrder(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(TABBABLE));
}

function accessibleName(el: HTMLElement): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
}

describe('keyboard', () => {
  it('every control is a named native button in the tab order, header first', () => {
    const { container, $ } = renderSidebar(scenario({ unknown: [{ name: 'Kim', handle: 'kim' }] }));
    const order = tabOrder(container);
    expect(order[0]).toBe($('collapse'));
    for (const el of order) {
      expect(['BUTTON', 'SELECT']).toContain(el.tagName);
      expect(el.getAttribute('tabindex')).toBeNull();
      expect(accessibleName(el), el.outerHTML.slice(0, 80)).not.toBe('');
      if (el.tagName === 'BUTTON') expect(['button', 'submit']).toContain(el.getAttribute('type'));
    }
    const ids = order.map((el) => el.getAttribute('data-testid'));
    const wanted = ['collapse', 'show-state', 'urgency-option-urgent', 'insert-expectation', 'schedule', 'send-reasons-toggle', 'add-person'];
    const positions = wanted.map((id) => ids.indexOf(id));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('each control takes focus', () => {
    const { container } = renderSidebar(scenario());
    for (const el of tabOrder(container)) {
      el.focus();
      expect(document.activeElement).toBe(el);
    }
  });

  it('the add form keeps focusable controls, submit adds', () => {
    const { $, container, spies } = renderSidebar(scenario({ unknown: [{ name: 'Kim' }] }, { timeZones: ['Asia/Seoul'] }));
    fireEvent.click($('add-person')!);
    const ids = tabOrder(container).map((el) => el.getAttribute('data-testid'));
    expect(ids).toContain('add-person-zone');
    expect(ids).toContain('add-person-confirm');
    // Enter in a form field submits it: the same path as the confirm button.
    fireEvent.submit($('add-person-form')!);
    expect(spies.onAddPerson).toHaveBeenCalledWith({ name: 'Kim', timeZone: 'America/Los_Angeles' });
  });

  it('toggles announce their state', () => {
    const { container } = renderSidebar(scenario());
    const chips = container.querySelectorAll('[data-testid^="urgency-option-"]');
    expect(chips).toHaveLength(4);
    for (const chip of chips) expect(['true', 'false']).toContain(chip.getAttribute('aria-pressed'));
    expect(container.querySelector('[role="group"][aria-label="Urgency"]')).not.toBeNull();
  });
});

describe('focus moves with the add flow', () => {
  it('opening the form focuses the zone picker; Cancel returns to Add', () => {
    const { $ } = renderSidebar(scenario({ unknown: [{ name: 'Kim', handle: 'kim' }] }, { timeZones: ['Asia/Seoul'] }));
    fireEvent.click($('add-person')!);
    expect(document.activeElement).toBe($('add-person-zone'));
    const cancel = Array.from($('add-person-form')!.querySelectorAll('button')).find((b) => b.textContent === 'Cancel')!;
    fireEvent.click(cancel);
    expect($('add-person-form')).toBeNull();
    expect(document.activeElement).toBe($('add-person'));
  });
});
