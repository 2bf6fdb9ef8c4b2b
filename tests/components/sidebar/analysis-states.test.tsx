// @vitest-environment happy-dom
// What the sidebar says about the engine's new states (lib/analysis/README.md and its UI test hooks): a draft in another language
// gets a plain sentence and no score; an unfilled placeholder is named by its hook until it is filled.
import { describe, expect, it } from 'vitest';
import { renderSidebar } from './render';
import { scenario } from './scenario';

describe('analysis states in the sidebar', () => {
  it('a draft in another language: no score, no parts, and it says it reads English only', () => {
    const { $ } = renderSidebar(scenario({ draft: 'Hola equipo, ¿alguien puede revisar el PR antes del viernes? El despliegue está bloqueado.' }));
    expect($('not-english')!.textContent).toContain('English only');
    expect($('score')!.textContent).toBe('');
    expect($('check-ask')).toBeNull();
    expect($('not-applicable')).toBeNull();
  });

  it('a quick reply is still a quick reply, not a language notice', () => {
    const { $ } = renderSidebar(scenario({ draft: 'thanks so much, that fixed it 🙏' }));
    expect($('not-applicable')).not.toBeNull();
    expect($('not-english')).toBeNull();
  });

  it('shows the placeholder warning while an inserted blank is unfilled, and not once it is filled', () => {
    const open = 'The export job fails on staging with a timeout (https://ci.acme.io/runs/12). Context: [why this matters — what it unblocks, or the goal]. @ana could you check it by Thursday?';
    const { $, rerender } = renderSidebar(scenario({ draft: open }));
    expect($('placeholder-warning')!.textContent).toContain('[why this matters');
    const filled = open.replace('[why this matters — what it unblocks, or the goal]', 'finance needs the export for the audit');
    rerender(scenario({ draft: filled }));
    expect($('placeholder-warning')).toBeNull();
  });
});
