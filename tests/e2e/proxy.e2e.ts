// Proxied hosts (Defender for Cloud Apps, *.mcas.ms) in the built extension: nothing runs there
// before the user grants the optional permission (the install-time list does not cover it), and the
// background keeps no content script registered for an origin nobody granted.
import { describe, expect, it } from 'vitest';
import { useChromium } from './harness/chromium-suite';

describe('proxied hosts (built extension)', () => {
  const s = useChromium();

  it('a proxied Teams page gets no sidebar until its host is granted; the background registered nothing', async () => {
    const page = await s.newPage();
    // Wait for the fixture's own ready flag, not the load event (CKEditor's bundle is slow on a loaded machine).
    await page.goto('https://teams.microsoft.com.mcas.ms/v2/', { waitUntil: 'commit' });
    await page.waitForFunction('window.__ready === true', undefined, { timeout: 15_000 });
    // The same page on the real host attaches; give the proxied one the same time to (not) do so.
    const direct = await s.newPage();
    await direct.goto('https://teams.microsoft.com/v2/', { waitUntil: 'commit' });
    await direct.locator('composure-sidebar').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('composure-sidebar').count()).toBe(0);
    const [worker] = s.ext.context.serviceWorkers();
    const state = await worker!.evaluate(async () => {
      type Chrome = {
        permissions: { getAll(): Promise<{ origins: string[] }> };
        scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
      };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const perms = await c.permissions.getAll();
      const scripts = await c.scripting.getRegisteredContentScripts();
      return { origins: perms.origins.filter((o) => o.includes('mcas')), scripts: scripts.map((x) => x.id) };
    });
    expect(state).toEqual({ origins: [], scripts: [] });
  });
});
