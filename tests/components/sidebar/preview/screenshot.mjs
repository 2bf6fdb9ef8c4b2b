// Renders preview/scenarios.tsx in headless Chromium, light and dark, to /tmp/composure-sidebar-*.png.
// Run: node tests/components/sidebar/preview/screenshot.mjs   (not part of the test suite)
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const out = await build({
  entryPoints: [here('./scenarios.tsx')],
  bundle: true,
  write: false,
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
});
const js = out.outputFiles[0].text;
const css = readFileSync(here('../../../../components/sidebar/sidebar.css'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const theme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1640, height: 1200 }, deviceScaleFactor: 2 });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  const bg = theme === 'dark' ? '#1a1d21' : '#f4f4f5';
  const script = js.replace('location.search', JSON.stringify(`?theme=${theme}`)).replaceAll('</script', '<\\/script');
  await page.setContent(`<!doctype html><html><head><style>${css}
    body{margin:0;padding:16px;background:${bg};font-family:system-ui;color:${theme === 'dark' ? '#ccc' : '#333'}}
    #root{display:flex;gap:20px;align-items:flex-start}
    .frame h3{font:600 11px system-ui;margin:0 0 6px;opacity:.6}
    .composure{--composure-max-height:none}</style></head>
    <body><div id="root"></div><script>${script}</script></body></html>`);
  await page.waitForTimeout(200);
  const file = `/tmp/composure-sidebar-${theme}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  // One file per state too, at full resolution, for a close look.
  const frames = await page.$$('.frame');
  for (const [i, frame] of frames.entries()) {
    const part = `/tmp/composure-sidebar-${theme}-${i}.png`;
    await frame.screenshot({ path: part });
    console.log(part);
  }
}

// Real keys in Chromium: Tab reaches the controls in order, Enter and Space activate them.
{
  const page = await browser.newPage({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 2 });
  const script = js.replace('location.search', JSON.stringify('?theme=light&mode=keyboard')).replaceAll('</script', '<\\/script');
  await page.setContent(`<!doctype html><html><head><style>${css} body{margin:16px}</style></head><body><div id="root"></div><script>${script}</script></body></html>`);
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
  const tabs = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    tabs.push(await active());
  }
  console.log('tab order:', tabs.join(' → '));
  await page.focus('[data-testid="show-state"]');
  await page.keyboard.press('Enter');
  const pressedAfterEnter = await page.getAttribute('[data-testid="show-state"]', 'aria-pressed');
  await page.keyboard.press('Space');
  const pressedAfterSpace = await page.getAttribute('[data-testid="show-state"]', 'aria-pressed');
  await page.focus('[data-testid="urgency-option-same-day"]');
  await page.keyboard.press('Space');
  await page.focus('[data-testid="insert-expectation"]');
  await page.keyboard.press('Enter');
  await page.focus('[data-testid="add-person"]');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  const onOpen = await active();
  await page.keyboard.press('Tab');
  const afterAdd = `${onOpen} → Tab → ${await active()}`;
  await page.focus('[data-testid="urgency-option-fyi"]');
  await page.screenshot({ path: '/tmp/composure-sidebar-focus.png', fullPage: true });
  const calls = await page.evaluate(() => window.composureCalls);
  console.log('Enter on show-state → aria-pressed', pressedAfterEnter, '; Space → ', pressedAfterSpace);
  console.log('Enter on Add focuses', afterAdd);
  console.log('calls:', JSON.stringify(calls));
  console.log('/tmp/composure-sidebar-focus.png');
}
await browser.close();
