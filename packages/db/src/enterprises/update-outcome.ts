/** The result of a registry change: a new version, nothing to change, or no such enterprise. */
export type UpdateOutcome = { status: 'UPDATED'; version: number; changedFields: string[] } | { status: 'UNCHANGED'; version: number } | { status: 'NOT_FOUND' };
