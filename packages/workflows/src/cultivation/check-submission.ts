import type { PlainDate } from '@huiqi/kernel';
import { ATTACHMENT_KIND_LABELS, type RecognitionPayloads } from './action';
import type { RecognitionContext } from './recognition-context';
import { recognitionError, type RecognitionError } from './recognition-error';
import { isCultivationTier, TIERS } from './tier';

/**
 * The refusals of an application (issue 17, "Bad input"): a second active application of the
 * enterprise for the same tier in the same round, an application after the round's deadline (Beijing
 * date), one without the round's required attachments, one without a self-assessment.
 */
export function checkSubmission(p: RecognitionPayloads['SUBMITTED'], date: PlainDate, ctx: RecognitionContext): RecognitionError | null {
  if (!isCultivationTier(p.round.tier)) return recognitionError('PAYLOAD_INVALID', '培育层级无效', 'unknown tier', { tier: p.round.tier });
  const tier = TIERS[p.round.tier].label;
  if (ctx.activeApplicationIds && ctx.activeApplicationIds.length > 0) {
    return recognitionError('DUPLICATE_APPLICATION', `本企业已在本批次申报${tier.zh}，不能重复申报`, `this enterprise already applied for ${tier.en} in this round`, { existing: [...ctx.activeApplicationIds] });
  }
  if (date > p.round.deadline) {
    return recognitionError('ROUND_DEADLINE_PASSED', `本批次申报已于 ${p.round.deadline} 截止`, `applications for this round closed on ${p.round.deadline}`, { deadline: p.round.deadline });
  }
  if (!p.selfAssessment) return recognitionError('SELF_ASSESSMENT_MISSING', '请先完成自评并附上自评结果', 'run the self-assessment first and attach its result');
  const have = new Set(p.attachments.map((a) => a.kind));
  const missing = p.round.requiredAttachments.filter((k) => !have.has(k));
  if (missing.length > 0) {
    return recognitionError('ATTACHMENTS_MISSING', `缺少必需的申报材料：${missing.map((k) => ATTACHMENT_KIND_LABELS[k].zh).join('、')}`, `required attachments missing: ${missing.map((k) => ATTACHMENT_KIND_LABELS[k].en).join(', ')}`, { missing });
  }
  return null;
}
