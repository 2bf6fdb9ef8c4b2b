// settings/* requests.
import { getSettings, updateSettings } from '../db/settings-repo';
import type { Handlers } from './context';

/** settings/get, settings/update. */
export const settingsHandlers: Handlers<'settings/get' | 'settings/update'> = {
  'settings/get': (_req, ctx) => getSettings(ctx.db),
  'settings/update': (req, ctx) => updateSettings(ctx.db, req.patch),
};
