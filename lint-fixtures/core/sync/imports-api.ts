import { createDispatcher } from '../api/dispatch';
export const d = createDispatcher;
