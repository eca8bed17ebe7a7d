/**
 * Tells a barcode/QR scanner from a person: a scanner "types" a whole code with a few
 * milliseconds between keys (wireless ones up to about 50 ms) and ends it with Enter;
 * nobody types nine or more keys in a row each within 60 ms of the last.
 */
export const SCAN_MAX_GAP_MS = 60;
/** Shorter bursts (a fast double key) are not a scan; the shortest code we scan is a 9-digit old ID. */
export const SCAN_MIN_LENGTH = 9;

export interface ScanBurst {
  /** A printable key at `at` ms. */
  key(text: string, at: number): void;
  /** Enter at `at` ms: the scanned text if the keys since the last pause were a scan, else null. Resets either way. */
  enter(at: number): string | null;
  reset(): void;
}

export function createScanBurst(maxGap = SCAN_MAX_GAP_MS, minLength = SCAN_MIN_LENGTH): ScanBurst {
  let buffer = '';
  let last = Number.NEGATIVE_INFINITY;
  return {
    key(text, at) {
      if (at - last > maxGap) buffer = '';
      buffer += text;
      last = at;
    },
    enter(at) {
      const scanned = at - last <= maxGap && buffer.length >= minLength ? buffer : null;
      buffer = '';
      last = Number.NEGATIVE_INFINITY;
      return scanned;
    },
    reset() {
      buffer = '';
      last = Number.NEGATIVE_INFINITY;
    },
  };
}
