/** Pages where the compose assistant runs; also the manifest's host permissions (see tests/manifest.test.ts). */
export const HOST_MATCHES = [
  'https://app.slack.com/*',
  'https://teams.microsoft.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
];
