/**
 * Audit events: a typed union, one SCREAMING_SNAKE `type` per kind of write. Type codes are
 * persisted and never renamed. Every write appends its event in the same transaction.
 */
import type { ModuleAuditEvent } from './module-audit-events';

export type AuditEvent =
  | { type: 'USER_CREATED'; subject: string; payload: { username: string; role: string; jurisdiction: string; isDemo: boolean } }
  | { type: 'USER_LOGGED_IN'; subject: string; payload: { via: 'PASSWORD' } }
  | { type: 'USER_LOGGED_OUT'; subject: string; payload: Record<string, never> }
  | { type: 'LOGIN_FAILED'; subject: null; payload: { username: string; reason: 'INVALID_CREDENTIALS' | 'DEMO_USER_DISABLED' | 'RATE_LIMITED' } }
  | { type: 'API_TOKEN_CREATED'; subject: string; payload: { tokenId: string; name: string; prefix: string } }
  | { type: 'API_TOKEN_REVOKED'; subject: string; payload: { tokenId: string } }
  | { type: 'JURISDICTION_CREATED'; subject: string; payload: { nameZh: string; parentId: string | null } }
  | { type: 'DEPARTMENT_CREATED'; subject: string; payload: { nameZh: string; jurisdiction: string } }
  | { type: 'FINANCIAL_INSTITUTION_CREATED'; subject: string; payload: { nameZh: string; jurisdiction: string } }
  | { type: 'ENTERPRISE_CREATED'; subject: string; payload: { name: string; district: string; version: number } }
  | { type: 'ENTERPRISE_PROFILE_UPDATED'; subject: string; payload: { version: number; changedFields: string[] } }
  | { type: 'ENTERPRISE_FIGURES_RECORDED'; subject: string; payload: { year: number; version: number; changedFields: string[] } }
  | { type: 'ENTERPRISES_IMPORTED'; subject: null; payload: { source: string; enterprises: number; figureRows: number; skippedExisting: number } }
  | { type: 'DEMO_CITY_SEEDED'; subject: string; payload: { users: string[]; enterprises: number } }
  | ModuleAuditEvent;

export type AuditEventType = AuditEvent['type'];

export interface StoredAuditEvent {
  seq: number;
  type: AuditEventType;
  occurredAt: string;
  actorUserId: string | null;
  subject: string | null;
  payload: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
