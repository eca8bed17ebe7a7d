import { describe, expect, it } from 'vitest';
import { importBuildModule, type SignModule } from './build-modules';

const { signtoolArgs } = await importBuildModule<SignModule>('sign-windows.mjs');
const file = 'C:\\dist\\OneStop Desk.exe';

describe('Windows signing from the environment (build/sign-windows.mjs)', () => {
  it('signs with a token certificate by thumbprint, SHA-256 digest and RFC 3161 timestamp', () => {
    const args = signtoolArgs({ ONESTOP_SIGN_MODE: 'token', ONESTOP_SIGN_CERT_SHA1: 'ABC123' }, file);
    expect(args).toEqual(['sign', '/fd', 'sha256', '/tr', 'http://timestamp.digicert.com', '/td', 'sha256', '/sha1', 'ABC123', file]);
  });

  it('passes a cloud HSM provider and key container when given', () => {
    const args = signtoolArgs(
      { ONESTOP_SIGN_MODE: 'token', ONESTOP_SIGN_CERT_SHA1: 'ABC', ONESTOP_SIGN_CSP: 'Cloud KSP', ONESTOP_SIGN_KEY_CONTAINER: 'desk-key' },
      file,
      { isNest: true },
    );
    expect(args).toContain('/as');
    expect(args?.slice(-5)).toEqual(['ABC', '/csp', 'Cloud KSP', '/kc', 'desk-key', file].slice(-5));
  });

  it('signs through Azure Artifact Signing with its dlib and metadata', () => {
    const args = signtoolArgs({ ONESTOP_SIGN_MODE: 'azure', ONESTOP_SIGN_AZURE_DLIB: 'dlib.dll', ONESTOP_SIGN_AZURE_METADATA: 'meta.json' }, file);
    expect(args).toEqual(['sign', '/fd', 'sha256', '/tr', 'http://timestamp.acs.microsoft.com', '/td', 'sha256', '/dlib', 'dlib.dll', '/dmdf', 'meta.json', file]);
  });

  it('leaves a developer build unsigned, but a release build refuses to', () => {
    expect(signtoolArgs({}, file)).toBeNull();
    expect(() => signtoolArgs({ ONESTOP_REQUIRE_SIGNING: '1' }, file)).toThrow(/ONESTOP_SIGN_MODE/);
  });

  it('names the missing variable instead of signing with half a configuration', () => {
    expect(() => signtoolArgs({ ONESTOP_SIGN_MODE: 'token' }, file)).toThrow(/ONESTOP_SIGN_CERT_SHA1/);
    expect(() => signtoolArgs({ ONESTOP_SIGN_MODE: 'azure', ONESTOP_SIGN_AZURE_DLIB: 'x' }, file)).toThrow(/ONESTOP_SIGN_AZURE_METADATA/);
    expect(() => signtoolArgs({ ONESTOP_SIGN_MODE: 'pfx' }, file)).toThrow(/token|azure/);
  });
});
