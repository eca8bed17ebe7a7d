// Electron fuses: switches baked into the Electron binary after packaging. Every fuse
// the installed @electron/fuses knows is decided here, explicitly; test/fuses.test.ts
// fails when a new Electron adds a fuse nobody decided, and the afterPack hook flips
// them with strictlyRequireAllFuses so an undecided fuse also stops the build.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** Fuse name (as in FuseV1Options) → on/off, with the reason. */
export const FUSE_DECISIONS = Object.freeze({
  // The binary must never act as a plain Node.js (ELECTRON_RUN_AS_NODE): that would
  // run arbitrary scripts with the app's identity and signature.
  RunAsNode: { enabled: false, why: 'no ELECTRON_RUN_AS_NODE: the signed binary is not a Node.js runtime' },
  // Cookies and local storage at rest are encrypted with the OS key store.
  EnableCookieEncryption: { enabled: true, why: 'cookies encrypted at rest with the OS key store' },
  // NODE_OPTIONS could inject --require scripts into the main process.
  EnableNodeOptionsEnvironmentVariable: { enabled: false, why: 'NODE_OPTIONS cannot inject code' },
  // --inspect / --inspect-brk would open a debugger into the main process.
  EnableNodeCliInspectArguments: { enabled: false, why: '--inspect and friends are ignored' },
  // The asar header hash is embedded in the binary and checked at load time.
  EnableEmbeddedAsarIntegrityValidation: { enabled: true, why: 'app.asar is verified against the hash embedded in the binary' },
  // Only resources/app.asar is loaded, never a loose resources/app folder.
  OnlyLoadAppFromAsar: { enabled: true, why: 'only the integrity-checked app.asar is loaded' },
  // We ship no custom browser-process V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: { enabled: false, why: 'no custom V8 snapshot is shipped' },
  // The UI is served from app://, so file:// needs no extra powers.
  GrantFileProtocolExtraPrivileges: { enabled: false, why: 'the UI uses app://, file:// stays unprivileged' },
  // Electron's default; WebAssembly bounds checks stay fast and it grants no new power.
  WasmTrapHandlers: { enabled: true, why: "Electron's default; no security effect" },
});

/** Names of every fuse the installed @electron/fuses defines. */
export function knownFuseNames() {
  return Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
}

/** The names the installed package defines but this table does not decide (must be empty). */
export function undecidedFuses() {
  return knownFuseNames().filter((name) => !Object.hasOwn(FUSE_DECISIONS, name));
}

/** The config passed to flipFuses; throws on any undecided or unknown fuse. */
export function fuseConfig() {
  const undecided = undecidedFuses();
  if (undecided.length > 0) throw new Error(`Undecided Electron fuses: ${undecided.join(', ')} (decide them in build/fuses.mjs)`);
  const known = new Set(knownFuseNames());
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: true };
  for (const [name, decision] of Object.entries(FUSE_DECISIONS)) {
    if (!known.has(name)) throw new Error(`build/fuses.mjs decides "${name}", which this @electron/fuses does not know`);
    config[FuseV1Options[name]] = decision.enabled;
  }
  return config;
}
