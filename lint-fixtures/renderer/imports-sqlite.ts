import Database from 'better-sqlite3-multiple-ciphers';
export const d = Database;
