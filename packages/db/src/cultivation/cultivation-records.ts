/** A recognition action as stored (the workflow's action; JSON-typed here: db does not re-check it). */
export interface StoredCultivationAction {
  id: string;
  type: string;
  at: string;
  actor: { kind: string; id: string; uscc: string | null; districtId: string | null; recordedBy?: string | null };
  payload: Record<string, unknown>;
  computed: Record<string, unknown>;
}

/** The list projection of an application (rewritten on every action). */
export interface CultivationProjection {
  applicationId: string;
  roundId: string;
  tier: string;
  uscc: string;
  enterpriseName: string;
  district: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
  publicityFrom: string | null;
  publicityUntil: string | null;
  certificateNumber: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface CultivationRound {
  roundId: string;
  tier: string;
  year: number;
  title: string;
  deadline: string;
  requiredAttachments: string[];
  publicityWorkingDays: number;
  passMark: number;
  aggregation: string;
  expertsPerApplication: number;
  createdBy: string;
  createdAt: string;
}

export interface CultivationExpert {
  expertId: string;
  name: string;
  organisation: string;
  fields: string[];
  conflicts: string[];
  active: boolean;
}

export interface CultivationAttachmentInfo {
  id: string;
  uscc: string;
  uploaderId: string;
  kind: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}
