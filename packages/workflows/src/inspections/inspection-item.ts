/**
 * 检查事项清单 — a department's published inspection items. Only a published item may be inspected
 * (国办发〔2024〕54号: 未公布的不得检查; facts §6.2): a plan or a visit naming an unpublished item is refused.
 */
export const INSPECTION_METHODS = ['ON_SITE', 'IN_WRITING', 'REMOTE'] as const;
export type InspectionMethod = (typeof INSPECTION_METHODS)[number];

export const INSPECTION_METHOD_LABELS: Record<InspectionMethod, { zh: string; en: string }> = {
  ON_SITE: { zh: '现场检查', en: 'on site' },
  IN_WRITING: { zh: '书面核查', en: 'in writing' },
  REMOTE: { zh: '远程（非现场）检查', en: 'remote' },
};

export interface InspectionItem {
  id: string;
  departmentId: string;
  name: string;
  /** 检查依据: legal addresses `work@version#eId`, each checked against the law library. */
  legalBasis: string[];
  method: InspectionMethod;
  /** Annual cap on inspections of one enterprise by this department under this item (54号). */
  annualCapPerEnterprise: number;
  publishedAt: string | null;
}

export const isPublished = (item: Pick<InspectionItem, 'publishedAt'>): boolean => item.publishedAt !== null;
