import { readFileSync } from 'node:fs';

/** Linux reports a process's CPU time in clock ticks of USER_HZ, 100 on every kernel the desk runs on. */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) another process has used so far, in milliseconds, from /proc (Linux only; null elsewhere). */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? ((utime + stime) * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** This process's CPU time (user + system) so far, in milliseconds. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
