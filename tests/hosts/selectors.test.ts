// @vitest-environment happy-dom
// Which adapter a page gets, and which URL segments are conversation ids. (Every selector entry is
// proven on its fixture fragment in fallbacks.test.ts.)
import { describe, expect, it } from 'vitest';
import * as slack from '../../lib/hosts/slack/selectors';
import { hostOf, pickAdapter } from '../../lib/hosts';

describe('host routing', () => {
  it('maps each host page to its adapter and everything else to none', () => {
    expect(hostOf({ hostname: 'app.slack.com' })).toBe('slack');
    for (const hostname of ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com']) expect(hostOf({ hostname })).toBe('teams');
    expect(hostOf({ hostname: 'slack.com' })).toBeNull();
    expect(pickAdapter({ hostname: 'example.com' })).toBeNull();
    expect(pickAdapter({ hostname: 'teams.live.com' })?.id).toBe('teams');
  });

  it('reads Slack conversation ids only from real id segments', () => {
    expect(slack.conversationPath.exec('/client/T0123/C0456/thread/C0456-1700000000.000100')?.slice(1)).toEqual(['T0123', 'C0456']);
    expect(slack.conversationPath.exec('/client/E01AB/D0789')?.slice(1)).toEqual(['E01AB', 'D0789']);
    expect(slack.conversationPath.exec('/client/T0123/later')).toBeNull();
    expect(slack.conversationPath.exec('/client/T0123/dms')).toBeNull();
  });
});
