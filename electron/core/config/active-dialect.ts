import type { MachineConfig, PortalDialect } from './schema';

/** The dialect this PC speaks: training runs the simulator's dialect, production the configured portal's. */
export const activeDialect = (config: MachineConfig): PortalDialect => (config.mode === 'training' ? config.training.dialect : config.portal.dialect);
