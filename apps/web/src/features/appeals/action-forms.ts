/**
 * The form each action needs (the domain validates the payload again; these only collect it).
 * Field kinds: text (optional unless `required`), date (YYYY-MM-DD), a department (radio), departments
 * (checkboxes), a choice from a fixed list, a yes/no box.
 */
export type FieldKind =
  | { kind: 'text'; multiline?: boolean }
  | { kind: 'date' }
  | { kind: 'department' }
  | { kind: 'departments' }
  | { kind: 'choice'; options: 'ownership' | 'satisfaction' | 'rejection' | 'target' }
  | { kind: 'flag' };

export interface ActionField {
  name: string;
  label: string;
  required: boolean;
  field: FieldKind;
  initial?: unknown;
}

const text = (name: string, label: string, required: boolean, multiline = false): ActionField => ({ name, label, required, field: { kind: 'text', multiline } });

/** Message keys of the labels are `appeals.action.<label>`. */
export const ACTION_FORMS: Record<string, ActionField[]> = {
  ACCEPTED: [text('note', 'note', false)],
  REJECTED: [{ name: 'reason', label: 'rejectReason', required: true, field: { kind: 'choice', options: 'rejection' } }, text('explanation', 'explanation', true, true)],
  DISPATCHED: [
    { name: 'ownership', label: 'ownership', required: true, field: { kind: 'choice', options: 'ownership' }, initial: 'SINGLE' },
    { name: 'lead', label: 'lead', required: false, field: { kind: 'department' } },
    { name: 'coHandlers', label: 'coHandlers', required: false, field: { kind: 'departments' }, initial: [] },
    text('note', 'note', false),
  ],
  TRANSFERRED: [{ name: 'handlingDepartment', label: 'handlingDepartment', required: true, field: { kind: 'department' } }, text('note', 'note', false)],
  RETURNED: [text('reason', 'reason', true, true)],
  EXTENSION_REQUESTED: [{ name: 'requestedDue', label: 'requestedDue', required: true, field: { kind: 'date' } }, text('reason', 'reason', true, true)],
  EXTENSION_APPROVED: [{ name: 'newDue', label: 'newDue', required: true, field: { kind: 'date' } }, text('note', 'note', false)],
  EXTENSION_DENIED: [text('reason', 'reason', true, true)],
  INFO_REQUESTED: [text('items', 'items', true, true)],
  INFO_PROVIDED: [text('text', 'text', true, true)],
  NOTE_ADDED: [text('text', 'note', true, true), { name: 'isInternal', label: 'internal', required: false, field: { kind: 'flag' }, initial: true }],
  ANSWERED: [text('text', 'text', true, true)],
  RATED: [
    { name: 'satisfaction', label: 'satisfaction', required: true, field: { kind: 'choice', options: 'satisfaction' } },
    { name: 'isResolved', label: 'isResolved', required: false, field: { kind: 'flag' }, initial: false },
    text('comment', 'comment', false, true),
  ],
  REOPENED: [text('reason', 'reason', true, true)],
  CLOSED: [text('note', 'note', false)],
  WITHDRAWN: [text('reason', 'reason', false)],
  URGED: [text('note', 'note', false)],
  SUPERVISION_NOTICE: [{ name: 'target', label: 'target', required: true, field: { kind: 'choice', options: 'target' }, initial: 'DEPARTMENT' }, text('text', 'text', true, true)],
  CREDIT_MARKED: [text('finding', 'finding', true, true)],
};

/** Actions whose payload carries attachments (uploaded first, then named by id; the server checks they are the actor's own). */
export const ACTIONS_WITH_ATTACHMENTS: ReadonlySet<string> = new Set(['ANSWERED', 'INFO_PROVIDED']);

/** The payload from the form values: empty optional texts become null, lists stay lists, attachments by id. */
export function payloadOf(type: string, values: Record<string, unknown>, attachmentIds: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ACTION_FORMS[type] ?? []) {
    const v = values[f.name];
    if (f.field.kind === 'flag') out[f.name] = Boolean(v);
    else if (f.field.kind === 'departments') out[f.name] = Array.isArray(v) ? v : [];
    else out[f.name] = typeof v === 'string' ? (v.trim() === '' ? null : v.trim()) : (v ?? null);
  }
  if (ACTIONS_WITH_ATTACHMENTS.has(type)) out.attachments = [...attachmentIds];
  if (type === 'REJECTED') out.relatedCaseId = null;
  return out;
}
