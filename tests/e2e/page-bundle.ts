// Bundles lib/hosts for the page's main world so tests can call the adapters directly, next to the
// fixture's own editor instances (window.__quill, window.__editor).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';

const ENTRY = fileURLToPath(new URL('../../lib/hosts/index.ts', import.meta.url));
let bundle: Promise<string> | undefined;

/** The IIFE source defining `window.__composureHosts` (built once per run). */
export function hostsBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    globalName: '__composureHosts',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundle;
}

/** Injects the adapters into a page or frame (idempotent). */
export async function injectHosts(target: Page | Frame): Promise<void> {
  if (await target.evaluate(() => typeof window.__composureHosts === 'object')) return;
  await target.addScriptTag({ content: await hostsBundle() });
}
