/** One stored action of a consultation log (the domain's `ConsultationAction`, untyped at this layer). */
export interface StoredConsultationAction {
  id: string;
  type: string;
  at: string;
  actor: { kind: string; id: string; displayName: string; departmentId: string | null };
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

/** The columns of the list projection, rewritten with every action. */
export interface ConsultationProjection {
  consultationId: string;
  workId: string;
  versionId: string;
  draftKind: string;
  title: string;
  issuingBody: string;
  ownerDepartment: string;
  jurisdiction: string;
  status: string;
  startDate: string;
  endDate: string;
  openedAt: string;
  updatedAt: string;
  publishedAt: string | null;
  commentCount: number;
}
