import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The electron-builder hooks are plain .mjs (electron-builder loads them without a
// TypeScript step); tests import them by URL and describe the shape they rely on.
export const projectRoot = resolve(import.meta.dirname, '..');

export interface FuseDecision {
  readonly enabled: boolean;
  readonly why: string;
}

export interface FusesModule {
  readonly FUSE_DECISIONS: Readonly<Record<string, FuseDecision>>;
  knownFuseNames(): string[];
  undecidedFuses(): string[];
  fuseConfig(): Record<string, unknown>;
}

export interface SignModule {
  readonly signtoolArgs: (env: Record<string, string | undefined>, file: string, options?: { isNest?: boolean; description?: string }) => string[] | null;
}

export async function importBuildModule<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(resolve(projectRoot, 'build', file)).href)) as T;
}
