/**
 * At most `slots` tasks running at once, started in call order. One limiter is shared by
 * the overlapping rounds of a drain, so their sends together stay within the bound.
 */
export function createLimiter(slots: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (active < slots) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task in line, or give it back.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
export type Limiter = ReturnType<typeof createLimiter>;
