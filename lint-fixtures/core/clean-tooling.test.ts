import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
export const parts = [it, readFileSync, Database];
