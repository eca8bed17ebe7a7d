import type { PortalSim, PortalSimOptions } from '../../portal-sim';

/** What training mode needs from the simulator; the counter build replaces this module (training-simulator.absent.ts). */
export interface TrainingSimulator {
  readonly startPortalSim: (options: PortalSimOptions) => Promise<PortalSim>;
  readonly officerIds: readonly string[];
  readonly trainingPassword: string;
  readonly openCpsSiteSettings: unknown;
  /** The simulator's audit-receipt signing key, which training pins. */
  readonly receiptPublicKey: string;
}

/** False only in the counter build, which ships without the simulator. */
export const TRAINING_BUILT_IN: boolean = true;

/** Loaded only when training mode starts: a production session never evaluates the simulator. */
export async function loadTrainingSimulator(): Promise<TrainingSimulator> {
  const [sim, officers, site, receipts] = await Promise.all([
    import('../../portal-sim'), import('../../portal-sim/officers'), import('../../portal-sim/opencps/site'), import('../../portal-sim/receipt-key'),
  ]);
  return {
    startPortalSim: sim.startPortalSim,
    officerIds: officers.OFFICERS.map((officer) => officer.id),
    trainingPassword: officers.TRAINING_PASSWORD,
    openCpsSiteSettings: site.SIM_SITE_SETTINGS,
    receiptPublicKey: receipts.SIM_RECEIPT_PUBLIC_KEY,
  };
}
