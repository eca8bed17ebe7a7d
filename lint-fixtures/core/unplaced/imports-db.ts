import { openDatabase } from '../db/connection';
export const o = openDatabase;
