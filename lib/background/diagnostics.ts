// diagnostics/* requests: selector failures reported by content scripts, for the popup's health view.
import { addDiagnostics, listDiagnostics } from '../db/diagnostics-repo';
import { requireOwnHost } from './access';
import type { Handlers } from './context';

/** diagnostics/report, diagnostics/get. */
export const diagnosticsHandlers: Handlers<'diagnostics/report' | 'diagnostics/get'> = {
  async 'diagnostics/report'(req, ctx, caller) {
    requireOwnHost(caller, req.host, 'report diagnostics');
    const at = ctx.now();
    const entries = req.failures.map((f) => ({
      at,
      host: req.host,
      feature: f.feature,
      message: f.message,
      ...(f.selector === undefined ? {} : { selector: f.selector }),
    }));
    return { stored: await addDiagnostics(ctx.db, entries) };
  },
  'diagnostics/get': (req, ctx) => listDiagnostics(ctx.db, req.limit),
};
