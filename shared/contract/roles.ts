import { z } from 'zod';
import { roleSchema, type Role } from '../domain/roles';

export { ADMINS, COUNTER_STAFF, ROLES, SUPERVISORS, roleSchema, type Role } from '../domain/roles';

/** Who may make a call: named roles, or anyone (calls needed before sign-in). */
export type Audience = readonly Role[] | 'anyone';

export const sessionSchema = z.object({
  officerId: z.string().min(1),
  displayName: z.string().min(1),
  roles: z.array(roleSchema).min(1),
});
export type Session = z.infer<typeof sessionSchema>;

export function mayCall(audience: Audience, session: Session | null): boolean {
  if (audience === 'anyone') return true;
  if (!session) return false;
  return session.roles.some((role) => audience.includes(role));
}
