import type { HandlerGroup } from '../api/handlers';
export type Group = HandlerGroup<'app.status'>;
