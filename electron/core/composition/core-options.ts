import type { KeyProvider } from '../keys/key-provider';
import type { ExportTarget } from '../services/export/export-target';

export interface CoreOptions {
  /** Root of the per-user data folder; the mode's own subfolder is created below it. */
  readonly dataRoot?: string;
  readonly configPath?: string;
  readonly version?: string;
  /** Write logs to the data folder (the app and CLI do; unit tests may not). */
  readonly logToFile?: boolean;
  /** The clock; tests pin it to an office day. */
  readonly now?: () => Date;
  /** Talk to this portal instead of the configured one (tests bring their own simulator). */
  readonly portalUrl?: string;
  /** Where the database key comes from: safeStorage in the app, a key file for Node tools and tests. */
  readonly keyProvider?: KeyProvider;
  /** The save dialog and "open file" of exports (the Electron shell's, or the e2e harness stand-in). */
  readonly exportTarget?: ExportTarget;
  /** Vietnamese-capable fonts for PDF exports (the packaged app passes its resources folder). */
  readonly fontDir?: string;
  /** Training mode signs the first training officer in at start; tests of sign-in turn it off. */
  readonly trainingAutoSignIn?: boolean;
  /** Sync tuning for tests and benchmarks. */
  readonly sync?: {
    readonly pageSize?: number;
    readonly pullIntervalMs?: number;
    readonly concurrency?: number;
    readonly backoff?: { baseMs: number; capMs: number };
    /** Called after each committed pull page (crash tests kill the process here). */
    readonly afterPage?: (pages: number) => void;
  };
}
