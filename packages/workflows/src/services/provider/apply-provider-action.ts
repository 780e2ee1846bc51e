import { err, ok, type Result } from '@huiqi/kernel';
import { servicesError, type ServicesError } from '../services-error';
import { checkProviderDeclaration, checkProviderUscc, PROVIDER_LIMITS } from './check-declaration';
import { foldProvider, type ServiceProvider } from './fold-provider';
import type { AnyProviderAction, ProviderActor } from './provider-action';
import { PROVIDER_STATUS_LABELS } from './provider-status';
import { providerTransitionFor, type ProviderPerformer } from './provider-transitions';

function performersOf(p: ServiceProvider, actor: ProviderActor): ProviderPerformer[] {
  if (actor.kind === 'BUREAU') return ['BUREAU'];
  return actor.uscc === p.uscc ? ['OWNER'] : [];
}

const reasonMissing = (s: string) => s.trim() === '' || s.length > PROVIDER_LIMITS.maxReason;

/**
 * Appends one action to a provider's log: the transition table says whether the status allows it
 * and to whom; the guards check the declaration (USCC, categories, account), reasons and the rating.
 */
export function applyProviderAction(log: readonly AnyProviderAction[], action: AnyProviderAction): Result<{ provider: ServiceProvider; action: AnyProviderAction }, ServicesError> {
  if (log.length === 0) {
    if (action.type !== 'REGISTERED') return err(servicesError('SERVICES_ACTION_NOT_ALLOWED', '服务机构须先登记', 'A provider starts by registering'));
    if (action.actor.kind !== 'PROVIDER' || action.actor.uscc !== action.payload.uscc) return err(servicesError('SERVICES_ACTOR_NOT_PERMITTED', '服务机构只能由本机构账号登记', "A provider registers with its own organisation's account"));
    const bad = checkProviderUscc(action.payload.uscc) ?? checkProviderDeclaration(action.payload);
    return bad ? err(bad) : ok({ provider: foldProvider([action]), action });
  }
  const p = foldProvider(log);
  const t = action.type === 'REGISTERED' ? null : providerTransitionFor(p.status, action.type);
  if (!t) {
    const s = PROVIDER_STATUS_LABELS[p.status];
    return err(servicesError('SERVICES_ACTION_NOT_ALLOWED', `服务机构当前状态为“${s.zh}”，不能执行此操作`, `This action is not allowed while the provider is ${s.en}`, { status: p.status, action: action.type }));
  }
  if (!t.by.some((r) => performersOf(p, action.actor).includes(r))) return err(servicesError('SERVICES_ACTOR_NOT_PERMITTED', '无权执行此操作', 'You may not perform this action', { action: action.type }));
  switch (action.type) {
    case 'RESUBMITTED': {
      const bad = checkProviderDeclaration(action.payload);
      if (bad) return err(bad);
      break;
    }
    case 'REJECTED':
    case 'SUSPENDED':
      if (reasonMissing(action.payload.reason)) return err(servicesError('SERVICES_INVALID_INPUT', '请填写理由', 'Give the reason', { field: 'reason' }));
      break;
    case 'RATED':
      if (!Number.isInteger(action.payload.score) || action.payload.score < 1 || action.payload.score > 5) return err(servicesError('SERVICES_INVALID_INPUT', '评分应为 1 至 5 分', 'The score is 1 to 5', { field: 'score' }));
      if (reasonMissing(action.payload.comment)) return err(servicesError('SERVICES_INVALID_INPUT', '请填写评价说明', 'Give the reason for the rating', { field: 'comment' }));
      break;
    default:
      break;
  }
  return ok({ provider: foldProvider([...log, action]), action });
}
