import { spawn, type ChildProcess } from 'node:child_process';
import { profileArgs } from './child-json';

export interface SimChild {
  readonly url: string;
  /** The simulator's process, for its CPU time. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The portal simulator in its own process, so the desk process's memory (RSS) and CPU
 * figures are the desk's alone. A data dir with the same seed and sizes is reused.
 */
export function startSimChild(options: { seed: number; dossiers: number; citizens: number; dataDir: string; referenceTime: string; timeoutMs?: number; admin?: boolean }): Promise<SimChild> {
  const args = [
    ...profileArgs(), '--import', 'tsx', 'portal-sim/cli.ts', '--port', '0', '--seed', String(options.seed), '--dossiers', String(options.dossiers),
    '--citizens', String(options.citizens), '--data-dir', options.dataDir, '--reference-time', options.referenceTime,
    ...(options.admin ? ['--admin'] : []),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`portal simulator did not start within ${options.timeoutMs ?? 900_000} ms: ${err}`));
    }, options.timeoutMs ?? 900_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m?.[1]) return;
      clearTimeout(timer);
      const url = m[1];
      resolve({
        url,
        pid: child.pid,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`portal simulator exited (${code}) before listening: ${err}`));
    });
  });
}
