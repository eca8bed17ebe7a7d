import type { Migration } from '../migrate';

/**
 * The portal each offline verifier and each queued action belongs to. A verifier from
 * one portal must not sign anyone in once the PC points at another, and an action
 * queued against one portal must not be delivered to another under a real token.
 * Rows from before this step have no origin: their verifiers no longer sign in offline
 * (the next online sign-in writes a new one); their actions go to the portal configured now.
 */
export const m0150PortalOrigin: Migration = {
  version: 150,
  name: 'portal origin of verifiers and queued actions',
  up(db) {
    db.exec(`
      ALTER TABLE officer_credential ADD COLUMN portal_origin TEXT;
      ALTER TABLE outbox ADD COLUMN portal_origin TEXT;
    `);
  },
};
