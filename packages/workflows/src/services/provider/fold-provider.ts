import type { AnyProviderAction, ProviderDeclaration } from './provider-action';
import type { ProviderStatus } from './provider-status';
import { providerTransitionFor } from './provider-transitions';
import { foldLog } from '../../case-log';

export interface ServiceProvider extends ProviderDeclaration {
  providerId: string;
  uscc: string;
  status: ProviderStatus;
  registeredAt: string;
  decidedAt: string | null;
  /** The reason of the latest rejection or suspension. */
  reason: string | null;
  rating: { score: number; comment: string; at: string } | null;
  updatedAt: string;
  version: number;
  /** Actions in the log the table would not allow (ignored by the fold). */
  anomalies: { index: number; type: string; status: ProviderStatus }[];
}

/** Derives a provider from its append-only log (pure and total for a log that starts with REGISTERED). */
export function foldProvider(log: readonly AnyProviderAction[]): ServiceProvider {
  return foldLog(log, 'provider', {
    open(first) {
      if (first.type !== 'REGISTERED') throw new RangeError('a provider log must start with REGISTERED');
      const { providerId, uscc, ...declared } = first.payload;
      const p: ServiceProvider = {
        ...declared, providerId, uscc, status: 'PENDING', registeredAt: first.at, decidedAt: null, reason: null, rating: null, updatedAt: first.at, version: 1, anomalies: [],
      };
      return p;
    },
    transitionFor: providerTransitionFor,
    apply(p, a, t) {
      switch (a.type) {
        case 'RESUBMITTED':
          Object.assign(p, a.payload);
          p.reason = null;
          break;
        case 'APPROVED':
        case 'REINSTATED':
          p.decidedAt = a.at;
          p.reason = null;
          break;
        case 'REJECTED':
        case 'SUSPENDED':
          p.decidedAt = a.at;
          p.reason = a.payload.reason;
          break;
        case 'RATED':
          p.rating = { score: a.payload.score, comment: a.payload.comment, at: a.at };
          break;
        default:
          break;
      }
      if (t.to !== 'SAME') p.status = t.to;
    },
  });
}
