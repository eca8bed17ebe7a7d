/**
 * Named crash points for the delivery proofs: a test child process sets
 * ONESTOP_FAILPOINT=<name> and the process SIGKILLs itself when it gets there.
 * In production no variable is set and every call is a no-op.
 */
export type FailpointName =
  | 'before-send' | 'after-send-before-mark' | 'mid-transaction'
  | 'resend-after-insert'
  | 'reencrypt-after-copy' | 'reencrypt-after-encrypt' | 'reencrypt-after-check' | 'reencrypt-after-swap';

export type Failpoint = (name: FailpointName) => void;

export function failpointsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Failpoint {
  const armed = env.ONESTOP_FAILPOINT;
  if (!armed) return () => undefined;
  return (name) => {
    if (name === armed) process.kill(process.pid, 'SIGKILL');
  };
}
