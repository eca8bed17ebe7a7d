// electron-builder afterPack hook: flips the Electron fuses on the packaged binary.
// It runs before code signing, so the signature covers the flipped binary.
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { fuseConfig } from './fuses.mjs';

/** The Electron executable electron-builder just laid out in appOutDir. */
export function packagedExecutable(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${name}.app`);
  return join(appOutDir, packager.executableName);
}

export async function afterPack(context) {
  const executable = packagedExecutable(context);
  const config = fuseConfig();
  // macOS arm64 binaries are ad-hoc signed; flipping invalidates that signature.
  if (context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas') config.resetAdHocDarwinSignature = true;
  await flipFuses(executable, config);
  console.log(`  • fuses flipped  file=${executable}`);
}

export default afterPack;
