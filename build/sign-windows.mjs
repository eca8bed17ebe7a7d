// electron-builder custom Windows signer (win.signtoolOptions.sign). Everything comes
// from the environment of the release job; nothing secret is in the repository.
//
//   ONESTOP_SIGN_MODE=token   certificate on a hardware token or cloud HSM whose CSP/KSP
//                             is installed on the runner (the certificate is in the
//                             Windows store):
//     ONESTOP_SIGN_CERT_SHA1       thumbprint of the signing certificate (required)
//     ONESTOP_SIGN_CSP             optional CSP/KSP name (cloud HSM providers)
//     ONESTOP_SIGN_KEY_CONTAINER   optional key container, with ONESTOP_SIGN_CSP
//     ONESTOP_SIGN_TIMESTAMP_URL   RFC 3161 server (default DigiCert)
//   ONESTOP_SIGN_MODE=azure   Azure Artifact Signing (Trusted Signing) through signtool:
//     ONESTOP_SIGN_AZURE_DLIB      path to Azure.CodeSigning.Dlib.dll
//     ONESTOP_SIGN_AZURE_METADATA  path to metadata.json (Endpoint, account, profile);
//                                  Entra ID credentials come from AZURE_* variables
//   SIGNTOOL_PATH                  signtool.exe (default: signtool on PATH)
//   ONESTOP_REQUIRE_SIGNING=1      a release build: refuse to produce unsigned files
import { execFileSync } from 'node:child_process';

const DEFAULT_TIMESTAMP = 'http://timestamp.digicert.com';
const AZURE_TIMESTAMP = 'http://timestamp.acs.microsoft.com';

function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`Code signing: ${name} is not set (see build/sign-windows.mjs)`);
  return value;
}

/**
 * The signtool arguments for one file, or null when this build is deliberately
 * unsigned (a developer build). Always SHA-256 file digest and RFC 3161 timestamp.
 */
export function signtoolArgs(env, file, options = {}) {
  const mode = env.ONESTOP_SIGN_MODE ?? '';
  if (mode === '') {
    if (env.ONESTOP_REQUIRE_SIGNING === '1') throw new Error('Code signing: ONESTOP_REQUIRE_SIGNING=1 but ONESTOP_SIGN_MODE is not set');
    return null;
  }
  const described = options.description ? ['/d', options.description] : [];
  const nested = options.isNest ? ['/as'] : [];
  if (mode === 'token') {
    const provider = env.ONESTOP_SIGN_CSP ? ['/csp', env.ONESTOP_SIGN_CSP, '/kc', required(env, 'ONESTOP_SIGN_KEY_CONTAINER')] : [];
    const timestamp = env.ONESTOP_SIGN_TIMESTAMP_URL || DEFAULT_TIMESTAMP;
    return ['sign', '/fd', 'sha256', '/tr', timestamp, '/td', 'sha256', ...nested, ...described, '/sha1', required(env, 'ONESTOP_SIGN_CERT_SHA1'), ...provider, file];
  }
  if (mode === 'azure') {
    return [
      'sign', '/fd', 'sha256', '/tr', AZURE_TIMESTAMP, '/td', 'sha256', ...nested, ...described,
      '/dlib', required(env, 'ONESTOP_SIGN_AZURE_DLIB'), '/dmdf', required(env, 'ONESTOP_SIGN_AZURE_METADATA'), file,
    ];
  }
  throw new Error(`Code signing: ONESTOP_SIGN_MODE must be "token" or "azure", not "${mode}"`);
}

export async function sign(configuration) {
  // Only SHA-256 is configured (signingHashAlgorithms); refuse anything else.
  if (configuration.hash && configuration.hash !== 'sha256') return;
  const args = signtoolArgs(process.env, configuration.path, { isNest: configuration.isNest, description: configuration.name });
  if (args === null) {
    console.warn(`  • not signed (ONESTOP_SIGN_MODE unset, developer build)  file=${configuration.path}`);
    return;
  }
  execFileSync(process.env.SIGNTOOL_PATH || 'signtool', args, { stdio: 'inherit' });
}

export default sign;
