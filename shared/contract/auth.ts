import { z } from 'zod';
import { defineCall } from './define';
import { ROLES, sessionSchema } from './roles';

const password = z.string().min(1).max(256);

/** Who is signed in on this PC, whether the screen is locked, and how sign-in was checked. */
export const sessionStateSchema = z.object({
  session: sessionSchema.nullable(),
  locked: z.boolean(),
  /** 'portal' when the portal checked the password; 'offline' when this PC's verifier did. */
  verifiedBy: z.enum(['portal', 'offline']).nullable(),
  lockAfterMinutes: z.number().int().positive(),
});
export type SessionState = z.infer<typeof sessionStateSchema>;

export const authCalls = {
  'auth.signIn': defineCall({
    input: z.object({ officerId: z.string().trim().min(1).max(64), password }).strict(),
    output: sessionStateSchema,
    roles: 'anyone',
    summary: 'Sign in against the portal, or offline with this PC\'s verifier while the portal is unreachable.',
  }),
  'auth.signOut': defineCall({
    input: z.object({}).strict(),
    output: sessionStateSchema,
    roles: ROLES,
    summary: 'End the session; the renderer clears its caches.',
  }),
  'auth.lock': defineCall({
    input: z.object({}).strict(),
    output: sessionStateSchema,
    roles: ROLES,
    summary: 'Lock the screen now; queued actions keep draining.',
  }),
  'auth.unlock': defineCall({
    input: z.object({ password }).strict(),
    output: sessionStateSchema,
    roles: 'anyone',
    summary: 'Unlock with the signed-in officer\'s password.',
  }),
  'auth.session': defineCall({
    input: z.object({}).strict(),
    output: sessionStateSchema,
    roles: 'anyone',
    summary: 'Who is signed in, their roles, and whether the session is locked.',
  }),
} as const;
