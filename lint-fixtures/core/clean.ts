import { readFileSync } from 'node:fs';
import { z } from 'zod';
export const read = (p: string) => z.string().parse(readFileSync(p, 'utf8'));
