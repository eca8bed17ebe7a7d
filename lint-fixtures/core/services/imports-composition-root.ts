import { createCore } from '../core';
export const c = createCore;
