/** Audit events of the services module (providers, voucher programmes, vouchers). Persisted type codes, never renamed. */
export type ServicesAuditEvent =
  | {
      type: 'SERVICE_PROVIDER_ACTION_RECORDED';
      /** The provider id. */
      subject: string;
      payload: { actionId: string; actionType: string; seq: number; actorKind: string };
    }
  | { type: 'VOUCHER_PROGRAMME_CREATED'; subject: string; payload: { kind: string; amountFen: number; budgetFen: number; fundId: string; validUntil: string } }
  /** Vouchers issued in one go (subject: the programme id). */
  | { type: 'VOUCHERS_ISSUED'; subject: string; payload: { count: number; amountFen: number; firstVoucherId: string } }
  | {
      type: 'VOUCHER_ACTION_RECORDED';
      /** The voucher id. */
      subject: string;
      payload: { actionId: string; actionType: string; seq: number; actorKind: string };
    }
  /** Redeemed vouchers placed as payable lines in a benefits payment batch (subject: the batch id). */
  | { type: 'VOUCHER_SETTLEMENT_BATCHED'; subject: string; payload: { programmeId: string; lines: number; totalFen: number } };
