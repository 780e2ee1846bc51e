/**
 * Who acts on a recognition application.
 * - ENTERPRISE: a signed-in user of an enterprise (`uscc`);
 * - OFFICER: a government user; `districtId` is the district they serve, null for the city's SME authority;
 * - EXPERT: a registered reviewing expert (`id` is the expert's id in the registry);
 * - PUBLIC: a member of the public (an objection during 公示);
 * - SYSTEM: the platform.
 */
export type RecognitionActorKind = 'ENTERPRISE' | 'OFFICER' | 'EXPERT' | 'PUBLIC' | 'SYSTEM';

export interface RecognitionActor {
  kind: RecognitionActorKind;
  id: string;
  uscc: string | null;
  districtId: string | null;
  /** The officer who entered the action for this actor (an expert's paper scoring sheet). */
  recordedBy?: string | null;
}
