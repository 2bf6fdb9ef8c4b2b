// Each anti-pattern warning fires on its anti-pattern and stays quiet on a good message.
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../lib/analysis';

const LONG_DETAILS =
  'The importer reads the CSV in one pass and keeps every row in memory before writing, which was fine when files were small, ' +
  'but the largest customer now uploads files of several hundred megabytes, and the worker runs out of memory halfway through, ' +
  'after which the job is retried from the start and fails again in the same place, so the upload never finishes and the customer ' +
  'sees a spinner forever, and support has to split the file by hand, which takes them most of an afternoon each time it happens';

interface Case {
  id: string;
  bad: string[];
  good: string[];
}

const cases: Case[] = [
  {
    id: 'naked-greeting',
    bad: ['hey', 'hi @sam', 'got a sec?', 'quick question', 'Hello! Are you around?'],
    good: ['hey @sam, could you review #123 by Friday 17:00 UTC? It unblocks the 4.2 release.'],
  },
  {
    id: 'vague-ask',
    bad: ['thoughts?', 'any feedback?', 'can someone look?', 'thoughts on the caching approach?', 'what do you think?'],
    good: ['@maya can you approve option A (Redis) or B (in-process LRU) by Thu 17:00 UTC? I would pick A.'],
  },
  {
    id: 'urgency-inflation',
    bad: ['URGENT: can someone review my PR?', 'need this ASAP: @jen please send the logo files', '🚨🚨 the docs build failed again'],
    good: [
      '@jen could you send the logo files by Friday? Marketing needs them for the launch page.',
      // A real incident may shout: no inflation there.
      'URGENT: checkout returns 500s for every user since 14:02 UTC. @payments-oncall please roll back v412, I paged you.',
    ],
  },
  {
    id: 'no-owner',
    bad: ['@here can someone restart the reporting worker?', 'Can someone bump lodash in the admin app?', 'Does anyone know who owns the billing repo?'],
    good: ['@ops can you restart the reporting worker?', 'Priya, could you bump lodash in the admin app?'],
  },
  {
    id: 'deadline-no-zone',
    bad: ['@sam can you review #12 by 5pm?', '@sam can you review #12 by EOD?', '@sam please sign off before the 16:00 cut today.'],
    good: ['@sam can you review #12 by 17:00 CET?', '@sam can you review #12 by Friday?', '@sam can you review #12 by EOD PT?'],
  },
  {
    id: 'wall-of-text',
    bad: [`${LONG_DETAILS}, and I would like to stream the rows instead. @data-eng can you review the plan by Friday?`],
    good: [`@data-eng can you review the streaming plan by Friday?\n\n${LONG_DETAILS.replace(/, /g, '.\n- ')}.`],
  },
  {
    id: 'buried-ask',
    bad: [`${LONG_DETAILS}. So, @data-eng, could you review the streaming plan by Friday?`],
    good: [`@data-eng, could you review the streaming plan by Friday? ${LONG_DETAILS}.`],
  },
  {
    id: 'as-discussed',
    bad: ['As discussed, can you update the rate limits? @raj', 'per our conversation, @raj please send the doc by Friday'],
    good: ['As discussed in https://acme.slack.com/archives/C01/p123, @raj can you update the rate limits by Friday?'],
  },
];

describe('warnings', () => {
  for (const c of cases) {
    describe(c.id, () => {
      it.each(c.bad)('fires on %j', (text) => {
        const a = analyzeMessage(text);
        const w = a.warnings.find((x) => x.id === c.id);
        expect(w, `${c.id} missing; got ${a.warnings.map((x) => x.id).join(', ')}`).toBeDefined();
        expect(w!.message.length).toBeGreaterThan(0);
        expect(w!.span).toBeDefined();
        const [start, end] = w!.span!;
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(text.length);
        expect(end).toBeGreaterThan(start);
        expect(w!.fix && w!.fix.length).toBeGreaterThan(0);
      });
      it.each(c.good)('stays quiet on %j', (text) => {
        expect(analyzeMessage(text).warnings.map((x) => x.id)).not.toContain(c.id);
      });
    });
  }

  it('names @here in the no-owner message', () => {
    const w = analyzeMessage('@here can someone restart the reporting worker?').warnings.find((x) => x.id === 'no-owner');
    expect(w?.message).toContain('@here');
  });

  it('suggests the sender zone in the deadline-no-zone fix', () => {
    const w = analyzeMessage('@sam can you review #12 by 5pm?', { senderTimeZone: 'Europe/Berlin', now: Date.UTC(2025, 4, 6, 9) })
      .warnings.find((x) => x.id === 'deadline-no-zone');
    expect(w?.fix).toContain('by 5pm CEST');
  });

  it('costs score: the same message without the anti-pattern scores higher', () => {
    const inflated = analyzeMessage('URGENT: @jen could you send the logo files by Friday? Marketing needs them.');
    const calm = analyzeMessage('@jen could you send the logo files by Friday? Marketing needs them.');
    expect(calm.score).toBeGreaterThan(inflated.score);
  });
});
