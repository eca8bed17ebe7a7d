/**
 * A dependency that exists only once the desk has started (the portal connection, the
 * sync engine). A module that needs one receives the slot as a declared dependency and
 * reads it when it runs; the composition root fills it in start().
 */
export interface Late<T> {
  readonly get: () => T | null;
  readonly set: (value: T) => void;
}

export function late<T>(): Late<T> {
  let value: T | null = null;
  return {
    get: () => value,
    set: (next) => {
      value = next;
    },
  };
}
