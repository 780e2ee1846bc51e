import { parseVersionId, WORK_STATUSES } from '@huiqi/legal-text';
import { z } from 'zod';
import { bilingualRefinement } from '../errors/zod-messages';
import { workIdFromKey } from './work-key';

/** A work id, as `cn-sh/regulation/sme-promotion` or `cn-sh~regulation~sme-promotion`; yields the slash form. */
export const WorkIdParam = z.string().max(200).transform((value, ctx) => {
  const id = workIdFromKey(value);
  if (id === null) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      ...bilingualRefinement({
        zh: `文件标识无效：“${value}”（应为 辖区~类型~名称，如 cn-sh~regulation~sme-promotion）`,
        en: `invalid work id "${value}" (expected jurisdiction~doc-type~slug, e.g. cn-sh~regulation~sme-promotion)`,
      }),
    });
    return z.NEVER;
  }
  return id;
});

/** A version id: `2020-06-18`, `2023`, `2020-09-16~revision-draft`. */
export const VersionParam = z.string().max(80).refine((s) => parseVersionId(s) !== null, bilingualRefinement({
  zh: '版本标识无效（应为日期，如 2020-06-18，可带标签，如 2020-09-16~revision-draft）',
  en: 'invalid version id (a date such as 2020-06-18, optionally with a label such as 2020-09-16~revision-draft)',
}));

export const WorkStatusSchema = z.enum(WORK_STATUSES);

export const LawVersion = z.object({
  id: z.string(),
  label: z.string().nullable(),
  status: WorkStatusSchema,
  published: z.string().nullable(),
  effective: z.string().nullable(),
  effectiveUntil: z.string().nullable(),
  excerpt: z.boolean(),
  /** The version was taken from one column of a 修改对照稿. */
  isComparisonColumn: z.boolean(),
});

export const LawWork = z.object({
  id: z.string(),
  /** The id with `~` for use in URL paths. */
  key: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  jurisdiction: z.string(),
  type: z.string(),
  issuer: z.string().nullable(),
  documentNumber: z.string().nullable(),
  status: WorkStatusSchema,
  sourceUrl: z.string().nullable(),
  versions: z.array(LawVersion),
  /** The version in force today, or the latest when none is. */
  currentVersion: z.string().nullable(),
});

const SubItemDto = z.object({ eid: z.string(), num: z.string(), text: z.string(), annotations: z.array(z.string()) });
const ItemDto = z.object({ eid: z.string(), num: z.string(), text: z.string(), annotations: z.array(z.string()), subitems: z.array(SubItemDto) });
const ParagraphDto = z.object({
  eid: z.string(),
  /** `第一款` (or `第一段` outside articles). */
  num: z.string(),
  text: z.string(),
  isHeading: z.boolean(),
  annotations: z.array(z.string()),
  items: z.array(ItemDto),
});

/** One node of a version in document order; `parent` links build the outline. */
export const LawNode = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('block'),
    eid: z.string(),
    /** preface | notice | title | preamble | toc | annex | explanation | closing */
    role: z.string(),
    /** Chinese name of the part: 通告, 题注, 附件2（说明） … */
    label: z.string(),
    paragraphs: z.array(ParagraphDto),
  }),
  z.object({
    kind: z.literal('division'),
    eid: z.string(),
    /** part | chapter | section */
    type: z.string(),
    num: z.string(),
    title: z.string(),
    parent: z.string().nullable(),
    depth: z.number().int(),
  }),
  z.object({
    kind: z.literal('article'),
    eid: z.string(),
    /** article | measure */
    type: z.string(),
    num: z.string(),
    heading: z.string().nullable(),
    parent: z.string().nullable(),
    annotations: z.array(z.string()),
    paragraphs: z.array(ParagraphDto),
  }),
]);

export const LawTreeResponse = z.object({
  work: LawWork,
  version: LawVersion,
  /** Document number found in the text's title, when any. */
  documentNumber: z.string().nullable(),
  nodes: z.array(LawNode),
  articleCount: z.number().int(),
  /** Per top-level eId (article, measure, annex): the rules, parameters, code and cases of the platform that implement it. */
  implementations: z.record(z.string(), z.array(z.object({
    kind: z.enum(['RULE', 'PARAMETER', 'VARIABLE', 'SIZE_STANDARD', 'CASE', 'CODE']),
    label: z.object({ zh: z.string(), en: z.string() }),
    count: z.number().int(),
  }))),
});
