import { OFFICERS } from '../../portal-sim/officers';
export const officers = OFFICERS;
