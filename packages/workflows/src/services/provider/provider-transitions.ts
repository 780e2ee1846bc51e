import type { ProviderActionType, ProviderStatus } from './provider-status';

/** Who may act on a provider, relative to it: OWNER — the provider's own account; BUREAU — an SME bureau officer. */
export type ProviderPerformer = 'OWNER' | 'BUREAU';

export interface ProviderTransition {
  readonly by: readonly ProviderPerformer[];
  readonly to: ProviderStatus | 'SAME';
}

export type ProviderStatusTransitions = { readonly [A in ProviderActionType]?: ProviderTransition };

/**
 * THE table of allowed actions per status. REGISTERED is the first action, on an empty log.
 * Only an APPROVED provider appears in the directory and may redeem vouchers (深圳 第十四条、第十五条).
 */
export const PROVIDER_TRANSITIONS = {
  PENDING: {
    APPROVED: { by: ['BUREAU'], to: 'APPROVED' },
    REJECTED: { by: ['BUREAU'], to: 'REJECTED' },
    WITHDRAWN: { by: ['OWNER'], to: 'WITHDRAWN' },
  },
  APPROVED: {
    SUSPENDED: { by: ['BUREAU'], to: 'SUSPENDED' },
    RATED: { by: ['BUREAU'], to: 'SAME' },
    WITHDRAWN: { by: ['OWNER'], to: 'WITHDRAWN' },
  },
  REJECTED: {
    RESUBMITTED: { by: ['OWNER'], to: 'PENDING' },
  },
  SUSPENDED: {
    REINSTATED: { by: ['BUREAU'], to: 'APPROVED' },
    RATED: { by: ['BUREAU'], to: 'SAME' },
    WITHDRAWN: { by: ['OWNER'], to: 'WITHDRAWN' },
  },
  WITHDRAWN: {},
} as const satisfies Record<ProviderStatus, ProviderStatusTransitions>;

export function providerTransitionFor(status: ProviderStatus, action: ProviderActionType): ProviderTransition | null {
  const row: ProviderStatusTransitions = PROVIDER_TRANSITIONS[status];
  return row[action] ?? null;
}
