import { createCore } from '../core';
import { createDispatcher } from '../api/dispatch';
export const parts = [createCore, createDispatcher];
