import { createCore } from '../../electron/core/core';
export const c = createCore;
