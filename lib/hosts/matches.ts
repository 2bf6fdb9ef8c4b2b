/** Pages where the compose assistant runs; also the manifest's host permissions (see tests/manifest.test.ts). */
export const HOST_MATCHES = [
  'https://app.slack.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
];

/** The origins of HOST_MATCHES ('https://app.slack.com', …): the only pages Composure talks to or opens. */
export const HOST_ORIGINS: readonly string[] = HOST_MATCHES.map((m) => m.replace(/\/\*$/, ''));

/** The host origin of `url` ('https://teams.live.com'), or null when it is not one of HOST_ORIGINS (or not a URL). */
export function hostOriginOf(url: string): string | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  return HOST_ORIGINS.includes(origin) ? origin : null;
}
