import type { BilingualText, PlainDate } from '@huiqi/kernel';

/**
 * 异议 (社会信用条例 第四十八—五十一条): the enterprise a mark names objects to it; the unit that provided the
 * information (the department whose decision produced the mark, or the SME bureau) decides within the time limit
 * of 第五十一条第三款. Persisted codes, never renamed.
 */
export const OBJECTION_STATUSES = ['SUBMITTED', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_ACTION_TYPES = ['SUBMITTED', 'UPHELD', 'DISMISSED'] as const;
export type ObjectionActionType = (typeof OBJECTION_ACTION_TYPES)[number];

/** 第四十八条第一款 items (一), (二), (四); item (三) (严重失信主体名单) is not encoded, the platform keeps no such list. */
export const OBJECTION_GROUNDS = ['ERROR_OR_OMISSION', 'PUBLISHED_PAST_PERIOD', 'OTHER_UNLAWFUL'] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
/** 第五十一条第四款 items (一)–(三): how an upheld objection is handled. */
export const OBJECTION_HANDLINGS = ['CORRECTED', 'SUPPLEMENTED', 'PUBLICATION_STOPPED'] as const;
export type ObjectionHandling = (typeof OBJECTION_HANDLINGS)[number];

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, BilingualText> = {
  SUBMITTED: { zh: '已受理，正在处理', en: 'Accepted, being handled' },
  UPHELD: { zh: '异议成立', en: 'Objection upheld' },
  DISMISSED: { zh: '异议不成立', en: 'Objection dismissed' },
};
export const OBJECTION_GROUND_LABELS: Record<ObjectionGround, BilingualText> = {
  ERROR_OR_OMISSION: { zh: '信息存在错误或者遗漏', en: 'The information is wrong or incomplete' },
  PUBLISHED_PAST_PERIOD: { zh: '超过公开期限仍在公开', en: 'Still published after its period' },
  OTHER_UNLAWFUL: { zh: '违反法律、法规规定的其他情形', en: 'Another breach of laws or regulations' },
};
export const OBJECTION_HANDLING_LABELS: Record<ObjectionHandling, BilingualText> = {
  CORRECTED: { zh: '予以更正', en: 'Corrected' },
  SUPPLEMENTED: { zh: '予以补充', en: 'Supplemented' },
  PUBLICATION_STOPPED: { zh: '停止公开', en: 'Publication stopped' },
};

/** 更正: the mark's content as corrected (the finding and the name of the organisation it names). */
export interface MarkCorrection { finding: string; subjectName: string }

/** Who acts: the enterprise the mark names, or an officer of the providing unit. */
export type ObjectionActor = { kind: 'ENTERPRISE'; userId: string; uscc: string } | { kind: 'PROVIDER'; userId: string };

export interface ObjectionPayloads {
  /** `decisionDue`: the last day for the decision, counted when it was accepted (null when the calendar has no data). */
  SUBMITTED: { objectionId: string; markId: string; uscc: string; ground: ObjectionGround; explanation: string; decisionDue: PlainDate | null };
  /** `correction` (更正) and `supplement` (补充): the content the handling puts on the mark (see `objection-effect.ts`); absent on older logs. */
  UPHELD: { handling: ObjectionHandling; reasons: string; correction?: MarkCorrection | null; supplement?: string | null };
  DISMISSED: { reasons: string };
}

export interface ObjectionAction<T extends ObjectionActionType = ObjectionActionType> {
  id: string;
  type: T;
  at: string;
  actor: ObjectionActor;
  payload: ObjectionPayloads[T];
}
export type AnyObjectionAction = { [T in ObjectionActionType]: ObjectionAction<T> }[ObjectionActionType];

export type ObjectionPerformer = 'APPLICANT' | 'PROVIDER';

/** THE table: an objection is accepted on submission (第四十九条 formal review) and decided once by the providing unit (第五十一条). */
export const OBJECTION_TRANSITIONS = {
  SUBMITTED: {
    UPHELD: { by: ['PROVIDER'], to: 'UPHELD' },
    DISMISSED: { by: ['PROVIDER'], to: 'DISMISSED' },
  },
  UPHELD: {},
  DISMISSED: {},
} as const satisfies Record<ObjectionStatus, { readonly [A in ObjectionActionType]?: { readonly by: readonly ObjectionPerformer[]; readonly to: ObjectionStatus } }>;

export function objectionTransitionFor(status: ObjectionStatus, action: ObjectionActionType): { by: readonly ObjectionPerformer[]; to: ObjectionStatus } | null {
  const row: { readonly [A in ObjectionActionType]?: { readonly by: readonly ObjectionPerformer[]; readonly to: ObjectionStatus } } = OBJECTION_TRANSITIONS[status];
  return row[action] ?? null;
}
