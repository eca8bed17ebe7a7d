import { startPortalSim, TRAINING_PASSWORD, type PortalSim, type PortalSimOptions } from './index';

/** Fixed anchor so test data are identical on every run. */
export const TEST_REFERENCE_TIME = '2026-06-15T03:00:00.000Z';

export const startTestSim = (options: PortalSimOptions = {}): Promise<PortalSim> =>
  startPortalSim({ seed: 7, dossiers: 400, citizens: 200, referenceTime: TEST_REFERENCE_TIME, adminApi: true, ...options });

/** Signs in over plain HTTP and returns the Bearer token. */
export async function loginToken(url: string, username = 'canbo01'): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ TenDangNhap: username, MatKhau: TRAINING_PASSWORD }),
  });
  const body = (await res.json()) as { token: string };
  return body.token;
}
