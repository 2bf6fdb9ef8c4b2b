// Acknowledgements are not work messages: never scored, never nagged. Greetings and vague asks are.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';

describe('social messages', () => {
  it.each(['thanks!', '👍', 'lol', 'sounds good 👍', 'ok will do', 'haha nice', '🎉 congrats on the launch, team!', 'got it, thanks', '+1', 'np, happy to help', ''])(
    '%j is not applicable and never nagged',
    (text) => {
      const a = analyzeMessage(text);
      expect(a.applicable).toBe(false);
      expect(a.kind).toBe('social');
      expect(a.score).toBe(0);
      expect(a.warnings).toEqual([]);
      expect(a.checks).toHaveLength(8);
      for (const c of a.checks) {
        expect(c.required).toBe(false);
        expect(c.suggestion).toBeUndefined();
      }
      expect(a.urgency.label).toBe('fyi');
    },
  );

  it.each([
    'hey',
    'thoughts?',
    'can someone look?',
    'thanks! can you also merge #1234 before the release?',
    'ok, the deploy failed with `ENOSPC: no space left on device`',
    'lol prod is down for every user',
  ])('%j is a work message', (text) => {
    const a = analyzeMessage(text);
    expect(a.applicable).toBe(true);
    expect(a.kind).not.toBe('social');
  });
});
