/** Pages where the compose assistant runs; also the manifest's host permissions (see tests/manifest.test.ts). */
export const HOST_MATCHES = [
  'https://app.slack.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
];

/**
 * Defender for Cloud Apps session proxies append one of these to the host name
 * (`teams.cloud.microsoft.mcas.ms`; Aptul9/teamsrelay `selectors.ts` PROXY_SUFFIX, seen live 2026-09-27).
 */
export const PROXY_SUFFIXES = ['.mcas.ms', '.mcas-gov.us', '.mcas-gov.ms'] as const;

/** Work hosts a tenant may proxy (teams.live.com is for personal accounts: never proxied). */
const PROXIABLE = ['app.slack.com', 'teams.microsoft.com', 'teams.cloud.microsoft'];

/**
 * The proxied hosts, as optional host permissions: never granted at install, asked for from the
 * popup on such a page, so the default permission list does not grow.
 */
export const PROXY_MATCHES = PROXIABLE.flatMap((host) => PROXY_SUFFIXES.map((suffix) => `https://${host}${suffix}/*`));

/** The host a proxied host name stands for (`teams.microsoft.com.mcas.ms` → `teams.microsoft.com`), else null. */
export function unproxied(hostname: string): string | null {
  const name = hostname.toLowerCase();
  for (const suffix of PROXY_SUFFIXES) {
    if (!name.endsWith(suffix)) continue;
    const base = name.slice(0, -suffix.length);
    return PROXIABLE.includes(base) ? base : null;
  }
  return null;
}

/** The optional permission pattern that covers `url`, when it is a proxied Slack or Teams page; else null. */
export function proxyMatchFor(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || !unproxied(parsed.hostname)) return null;
  const pattern = `https://${parsed.hostname.toLowerCase()}/*`;
  return PROXY_MATCHES.includes(pattern) ? pattern : null;
}

/** The origins of HOST_MATCHES ('https://app.slack.com', …): the hosts Composure runs on from install. */
export const HOST_ORIGINS: readonly string[] = HOST_MATCHES.map((m) => m.replace(/\/\*$/, ''));

/** The origins of PROXY_MATCHES: Composure runs there only once the user granted one (lib/platform/proxy-hosts.ts). */
export const PROXY_ORIGINS: readonly string[] = PROXY_MATCHES.map((m) => m.replace(/\/\*$/, ''));

/**
 * The host origin of `url` ('https://teams.live.com', 'https://app.slack.com.mcas.ms'), or null when it
 * is neither one of HOST_ORIGINS nor one of their proxies (or not a URL): the only pages Composure
 * talks to or opens.
 */
export function hostOriginOf(url: string): string | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  return HOST_ORIGINS.includes(origin) || PROXY_ORIGINS.includes(origin) ? origin : null;
}

/** Which app a host origin serves ('https://app.slack.com.mcas.ms' → 'slack'); null for anything else. */
export function appOfOrigin(origin: string): 'slack' | 'teams' | null {
  if (!hostOriginOf(origin)) return null;
  const name = new URL(origin).hostname;
  return (unproxied(name) ?? name) === 'app.slack.com' ? 'slack' : 'teams';
}

/** Where links may point, in words, for validation messages. */
export const HOST_ORIGINS_IN_WORDS = `${HOST_ORIGINS.join(', ')} (or their Defender for Cloud Apps proxies, ${PROXY_SUFFIXES.map((s) => `*${s}`).join(', ')})`;
