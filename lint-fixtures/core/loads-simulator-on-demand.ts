import type { PortalSim } from '../../portal-sim';

// Training mode starts the simulator: loaded on demand, its type known statically.
export const start = async (): Promise<PortalSim> => (await import('../../portal-sim')).startPortalSim({});
