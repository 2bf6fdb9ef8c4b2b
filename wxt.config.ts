import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { HOST_MATCHES, PROXY_MATCHES } from './lib/hosts/matches.ts';

/**
 * franc-min's data module, swapped for lib/analysis/language-data.ts: the same data cut to the languages the
 * engine asks franc about, so the worker does not build trigram tables for 50 languages it never asks
 * about each time it starts. Also in the unit and bench configs, so tests read what ships.
 */
export function francCandidatesOnly(): Plugin {
  const cut = fileURLToPath(new URL('./lib/analysis/language-data.ts', import.meta.url));
  return {
    name: 'composure:franc-candidates-only',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './data.js' && importer && /[\\/]franc-min[\\/]index\.js$/.test(importer) ? cut : null;
    },
  };
}

export default defineConfig({
  srcDir: '.',
  // Tests that build in parallel with others (manifest checks, benches) write elsewhere.
  outDir: process.env.COMPOSURE_OUT_DIR ?? '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [francCandidatesOnly(), preact({ prefreshEnabled: false, reactAliasesEnabled: false })],
  }),
  hooks: {
    // Proxied hosts get the content script only once granted (lib/platform/proxy-hosts.ts), but its
    // shadow-root stylesheet must be loadable there: add them to the web-accessible matches (MV3).
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const war of manifest.web_accessible_resources ?? []) {
        if (typeof war === 'object' && 'matches' in war) war.matches = [...(war.matches ?? []), ...PROXY_MATCHES];
      }
    },
  },
  manifest: ({ browser }) => ({
    name: 'Composure',
    description:
      'Write chat messages that one reply resolves: completeness, urgency and send time, inside Slack and Teams. Nothing leaves your machine.',
    // No 'storage': all state is in IndexedDB (Dexie) in the extension's origin.
    // activeTab: the popup sees a proxied Slack or Teams tab (*.mcas.ms) to offer it; scripting: the
    // content script is registered there once the user grants that optional host.
    permissions: ['alarms', 'notifications', 'activeTab', 'scripting'],
    host_permissions: HOST_MATCHES,
    // Defender for Cloud Apps proxies: never granted at install, asked for from the popup on such a page.
    ...(browser === 'firefox' ? { optional_permissions: PROXY_MATCHES } : { optional_host_permissions: PROXY_MATCHES }),
    // Keyboard shortcuts need no permission; users can rebind them in the browser's shortcut settings.
    commands: {
      'toggle-focus': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Start or stop focus mode' },
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open or fold the Composure sidebar' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'composure@composure.dev',
              // data_collection_permissions is understood from Firefox 140 (Android 142).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
