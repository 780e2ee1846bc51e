/** Persisted actor roles. A department's SME bureau and supervision office are departments too. */
export const ACTOR_ROLES = ['ENTERPRISE', 'DEPARTMENT', 'SUPERVISOR', 'SYSTEM'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** A department id as the platform's directory knows it, e.g. `SZ_SME_BUREAU`. */
export type DepartmentId = string;

/**
 * Who performed an action. Every action records its actor (role, department, user id).
 * - ENTERPRISE: a reporter; `enterpriseId` is null for an anonymous submission without login,
 *   in which case `userId` is the pseudonymous token handed out with the tracking number.
 * - DEPARTMENT: an officer of `departmentId` (the SME bureau is the department `smeBureauId`).
 * - SUPERVISOR: an officer of the supervision (督办) office, `departmentId` being that office.
 * - SYSTEM: the platform itself (deadline sweeper).
 */
export interface Actor {
  role: ActorRole;
  userId: string;
  departmentId: DepartmentId | null;
  enterpriseId: string | null;
}

export const systemActor: Actor = { role: 'SYSTEM', userId: 'system', departmentId: null, enterpriseId: null };
