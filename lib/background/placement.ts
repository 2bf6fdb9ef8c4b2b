// placement/* requests: the side of the composer the user dragged the sidebar to, per host.
import { getDockSides, setDockSide } from '../db/placement-repo';
import { requireOwnHost } from './access';
import type { Handlers } from './context';

/** placement/get, placement/set. */
export const placementHandlers: Handlers<'placement/get' | 'placement/set'> = {
  'placement/get': (_req, ctx) => getDockSides(ctx.db),
  'placement/set': async (req, ctx, caller) => {
    requireOwnHost(caller, req.host, 'move the sidebar');
    return setDockSide(ctx.db, req.host, req.side);
  },
};
