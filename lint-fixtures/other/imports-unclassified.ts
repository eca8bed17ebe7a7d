import { z } from 'zod';
import leftPad from 'left-pad';
export const parts = [z, leftPad];
