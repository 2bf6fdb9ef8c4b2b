// `npm run play`: the built extension in Chromium on the mock Slack and Teams at their real URLs,
// with a demo team directory, so anyone can try Composure without an account. Visible when there is
// a display; otherwise under xvfb-run if installed, else headless with screenshots to look at.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/browser';
import { routeHosts, screenshot } from '../e2e/fixtures';
import { demoTeam, openBackgroundCaller, seedPeople } from './seed';

const SLACK = 'https://app.slack.com/client/T0123/C0456';
const TEAMS = 'https://teams.microsoft.com/v2/';
const SAMPLE = 'The release is blocked: the migration fails on staging with ERR_LOCK_TIMEOUT (https://ci.acme.io/runs/812). @dana could you confirm the fix by Thursday?';
const XVFB_FLAG = 'COMPOSURE_PLAY_XVFB';

const hasCommand = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function banner(extensionId: string, visible: boolean): void {
  console.info(`
Composure playground${visible ? '' : ' (no display: headless)'}
  Slack (mock):  ${SLACK}
  Teams (mock):  ${TEAMS}   (add ?schedule=off for a Teams without scheduled send: the outbox path)
  Popup:         chrome-extension://${extensionId}/popup.html
Try: type a request in a message box; click a missing part's "+ Insert"; pick another urgency;
"Schedule" when the card suggests a later time; Alt+Shift+C folds or opens the sidebar;
start focus from the popup to hide unread badges. Demo team: ${demoTeam().map((p) => p.name).join(', ')}.`);
}

/** Types a sample draft and waits for the sidebar to read it (headless screenshots). */
async function showcase(page: Page, editable: string): Promise<void> {
  await page.locator('composure-sidebar [data-testid="sidebar"]').waitFor({ timeout: 15_000 });
  await page.click(editable);
  await page.keyboard.type(SAMPLE, { delay: 1 });
  // The analysis of the whole draft, not of the first words typed (an early one can read 0).
  await page.locator(`composure-sidebar .composure-shell[data-analysed-chars="${SAMPLE.length}"]`).waitFor({ state: 'attached', timeout: 10_000 });
  await page.locator('composure-sidebar [data-testid="score"]').filter({ hasText: /\d/ }).waitFor({ timeout: 10_000 });
}

/** Runs the playground; resolves when the browser is closed (visible) or the screenshots are written. */
export async function main(): Promise<void> {
  const visible = Boolean(process.env.DISPLAY);
  if (!visible && !process.env[XVFB_FLAG] && hasCommand('xvfb-run')) {
    console.info('No DISPLAY: running the playground under xvfb-run (a virtual display; screenshots go to test-results/).');
    const child = spawn('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, [XVFB_FLAG]: '1' } });
    await new Promise<void>((resolve) => child.on('exit', () => resolve()));
    return;
  }
  const onScreen = visible && !process.env[XVFB_FLAG];
  if (!visible) console.info('No DISPLAY and no xvfb-run: running headless; screenshots go to test-results/play-*.png.');

  const userDataDir = mkdtempSync(join(tmpdir(), 'composure-play-'));
  // A person may keep it open all day: no watchdog (within setTimeout's 32-bit range).
  const ext = await launchWithExtension({ userDataDir, headless: !visible, watchdogMs: 2_000_000_000 });
  const cleanup = async () => {
    await ext.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    await routeHosts(ext.context);
    const caller = await openBackgroundCaller(ext.context, ext.extensionId);
    await seedPeople(caller, demoTeam());
    await caller.close();
    const teams = await ext.context.newPage();
    await teams.goto(TEAMS);
    const slack = await ext.context.newPage();
    await slack.goto(SLACK);
    banner(ext.extensionId, onScreen);

    if (onScreen) {
      for (const page of ext.context.pages()) if (page.url() === 'about:blank') await page.close();
      await slack.bringToFront();
      console.info('\nClose the browser window to stop.');
      const stop = () => void cleanup().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise<void>((resolve) => ext.context.once('close', () => resolve()));
      rmSync(userDataDir, { recursive: true, force: true });
      return;
    }
    await showcase(slack, '.p-workspace__input [data-qa="texty_input"]');
    console.info(`  ${await screenshot(slack, 'play-slack')}`);
    await teams.bringToFront();
    await showcase(teams, '.compose-box [data-tid="ckeditor"]');
    console.info(`  ${await screenshot(teams, 'play-teams')}`);
    await cleanup();
  } catch (error) {
    await cleanup();
    throw error;
  }
}
