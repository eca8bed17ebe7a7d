import { app } from 'electron';
import electronUpdater from 'electron-updater';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
export const parts = [app, electronUpdater, join, Database];
