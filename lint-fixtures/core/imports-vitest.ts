import { it } from 'vitest';
export const test = it;
