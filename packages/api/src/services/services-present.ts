import { SERVICE_CATEGORY_LABELS, VOUCHER_STATUS_LABELS, type BudgetUse, type Voucher, type VoucherProgramme } from '@huiqi/workflows';

export const presentProgramme = (p: VoucherProgramme, budget: (BudgetUse & { counts: Record<string, number> }) | null, fundName: { zh: string; en: string } | null = null) => ({
  ...p,
  fundName,
  categories: p.categories.map((c) => ({ code: c, label: SERVICE_CATEGORY_LABELS[c] })),
  budget,
});

export const presentVoucher = (v: Voucher, names: { programme?: string; provider?: string | null } = {}, payment: { status: string; batchId: string } | null = null) => ({
  voucherId: v.voucherId,
  code: v.code,
  programmeId: v.programmeId,
  programmeName: names.programme ?? null,
  status: v.status,
  statusLabel: VOUCHER_STATUS_LABELS[v.status],
  amountFen: v.amountFen,
  validFrom: v.validFrom,
  validUntil: v.validUntil,
  categories: v.categories.map((c) => ({ code: c, label: SERVICE_CATEGORY_LABELS[c] })),
  holderUscc: v.holderUscc,
  claimedAt: v.claimedAt,
  redemption: v.redemption ? { ...v.redemption, providerName: names.provider ?? null, categoryLabel: SERVICE_CATEGORY_LABELS[v.redemption.service.category] } : null,
  // the line's current batch (a failed line moves to a later batch)
  settlement: v.settlement ? { ...v.settlement, batchId: payment?.batchId ?? v.settlement.batchId, paymentStatus: payment?.status ?? null } : null,
});
