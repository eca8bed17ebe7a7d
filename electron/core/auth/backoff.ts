/** Seconds to wait after the n-th consecutive failure: 0, 0, 1, 2, 4, 8 … capped at 5 minutes. */
export function signInDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(300, 2 ** (failures - 3));
}
