import { activeDialect } from './config/active-dialect';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import type { PortalSim } from '../../portal-sim';
import { parseReceiptPublicKey } from './config/receipt-public-key';
import type { MachineConfig, PortalDialect } from './config/schema';
import { createDialectClient } from './portal/dialects';
import { opencpsSettingsSchema } from './portal/opencps';
import type { PortalClient } from './portal/portal-client';
import type { TokenProvider } from './sync/portal-action-sender';
import { loadTrainingSimulator } from './training-simulator';

export interface PortalConnection {
  readonly client: PortalClient;
  readonly tokenFor: TokenProvider;
  /** Keeps a token from an officer's sign-in (production: the only source of tokens). */
  remember(officerId: string, token: string, expiresAt: string): void;
  /** The in-process training simulator, when there is one. */
  readonly sim: PortalSim | null;
  readonly baseUrl: string;
  readonly dialect: PortalDialect;
  /** The pinned key portal receipts must be signed with (training: the simulator's); null: none pinned. */
  readonly receiptKey: KeyObject | null;
  close(): Promise<void>;
}

/** Training pins the simulator's key; production the key IT wrote in the machine config. */
export async function pinnedReceiptKey(config: MachineConfig): Promise<KeyObject | null> {
  if (config.mode === 'training') {
    if (config.training.dialect === 'opencps') return null;
    return parseReceiptPublicKey((await loadTrainingSimulator()).receiptPublicKey);
  }
  return config.portal.receiptPublicKey ? parseReceiptPublicKey(config.portal.receiptPublicKey) : null;
}

export interface ConnectOptions {
  readonly config: MachineConfig;
  readonly dataDir: string;
  /** Overrides the configured portal (tests point the core at their own simulator). */
  readonly baseUrl?: string;
  readonly now: () => Date;
}

/**
 * Training mode starts the simulator in this process with the configured seed; the
 * training officers sign in to it with the shared training password. Production
 * talks to the configured gateway, with tokens only from real sign-ins.
 */
export async function connectPortal(options: ConnectOptions): Promise<PortalConnection> {
  const training = options.config.mode === 'training';
  // Training mode only: production never loads the simulator or its training accounts.
  const simulator = training ? await loadTrainingSimulator() : null;
  const dialect = activeDialect(options.config);
  // Training on the OpenCPS stand-in: its own site settings unless IT wrote some.
  const simSite = simulator && dialect === 'opencps' && !options.config.portal.opencps ? simulator.openCpsSiteSettings : undefined;
  const sim =
    simulator && !options.baseUrl
      ? await simulator.startPortalSim({ seed: options.config.training.seed, dossiers: options.config.training.dossiers, dataDir: join(options.dataDir, 'portal-sim'), dialect })
      : null;
  const baseUrl = options.baseUrl ?? sim?.url ?? options.config.portal.baseUrl ?? '';
  const client = createDialectClient({
    dialect,
    baseUrl,
    agencyCode: options.config.agencyCode,
    ...(dialect === 'opencps' ? { opencps: options.config.portal.opencps ?? opencpsSettingsSchema.parse(simSite) } : {}),
    timeoutMs: options.config.portal.timeoutMs,
    ...(options.config.portal.caBundlePath ? { caBundlePath: options.config.portal.caBundlePath } : {}),
    ...(options.config.portal.proxy ? { proxy: options.config.portal.proxy } : {}),
  });
  const tokens = new Map<string, { token: string; expiresAt: number }>();
  const remember = (officerId: string, token: string, expiresAt: string) => void tokens.set(officerId, { token, expiresAt: Date.parse(expiresAt) });

  const tokenFor: TokenProvider = async (officerId) => {
    const held = tokens.get(officerId);
    if (held && held.expiresAt - 60_000 > options.now().getTime()) return held.token;
    if (!simulator?.officerIds.includes(officerId)) return null;
    const login = await client.login(officerId, simulator.trainingPassword);
    if (!login.ok) return null;
    remember(officerId, login.value.token, login.value.expiresAt);
    return login.value.token;
  };

  return {
    client,
    tokenFor,
    remember,
    sim,
    baseUrl,
    dialect,
    receiptKey: await pinnedReceiptKey(options.config),
    close: async () => {
      await client.close();
      await sim?.close();
    },
  };
}
