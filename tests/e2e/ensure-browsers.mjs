// Makes sure Debian's browsers are there before end-to-end tests, the playground or the bench start:
// `node tests/e2e/ensure-browsers.mjs [chromium] [firefox]` (default: chromium). Installs what is
// missing when we can (root with apt-get); otherwise says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { path: '/usr/bin/chromium', pkg: 'chromium', name: "Debian's Chromium" },
  firefox: { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr', name: "Debian's Firefox ESR" },
};

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium'];
const missing = wanted.map((w) => {
  const b = BROWSERS[w];
  if (!b) throw new Error(`Unknown browser '${w}' (known: ${Object.keys(BROWSERS).join(', ')})`);
  return b;
}).filter((b) => !existsSync(b.path));

if (missing.length) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  const pkgs = missing.map((b) => b.pkg);
  if (root && hasApt) {
    console.log(`[composure] Missing ${missing.map((b) => b.name).join(' and ')}: installing ${pkgs.join(' ')} (apt-get)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  } else {
    console.error(`[composure] ${missing.map((b) => b.path).join(' and ')} not found. Install first: sudo apt-get install -y ${pkgs.join(' ')}`);
    process.exit(1);
  }
}
