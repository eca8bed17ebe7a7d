// Layers inside electron/core: which folders (or top-level files) each may import.
// db is at the bottom, the services above it, api above them; portal and sync sit beside
// the services (on db, never reaching up). The composition root and the CLI wire
// everything. A folder missing here fails lint (rooms/core-layer) until it is placed.
const FOUNDATION = ['db', 'log', 'config', 'events.ts', 'failpoints.ts'];
const SERVICE_LEVEL = [...FOUNDATION, 'portal', 'sync', 'audit', 'keys', 'services', 'auth', 'privacy'];

export const CORE_LAYERS = {
  db: [],
  log: [],
  config: [],
  'events.ts': [],
  'failpoints.ts': [],
  'failpoints.absent.ts': ['failpoints.ts'],
  portal: ['log', 'config'],
  audit: ['db', 'portal'],
  keys: ['db', 'audit', 'config', 'failpoints.ts'],
  sync: ['db', 'log', 'portal', 'failpoints.ts'],
  services: SERVICE_LEVEL,
  auth: SERVICE_LEVEL,
  privacy: SERVICE_LEVEL,
  api: SERVICE_LEVEL,
  // The composition root and the command line: wire every layer, imported by nothing below.
  'core.ts': '*',
  composition: '*',
  'local-store.ts': '*',
  'portal-connection.ts': '*',
  'training-simulator.ts': '*',
  'training-simulator.absent.ts': '*',
  cli: '*',
};
