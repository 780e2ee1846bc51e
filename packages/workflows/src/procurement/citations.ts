/**
 * Law addresses the procurement rules cite (work@version#eId), checked against `law/` by the tests.
 * Numbers never live here: rates, ratios and ceilings come from `rules/parameters/procurement/`.
 */
const M46 = 'cn/measures/procurement-sme-promotion@2021-01-01';

export const CITE = {
  /** 第二条: who counts as an SME (not linked to a large enterprise). */
  smeDefinition: `${M46}#art_2__para_1`,
  /** 第四条: goods made / works built / services performed by SMEs; mixed goods get no preference. */
  whoseSize: `${M46}#art_4__para_1`,
  /** 第八条第一款: projects up to the ceiling, suitable for SMEs, reserved wholly. */
  fullReservation: `${M46}#art_8__para_1`,
  /** 第八条第二款: larger suitable projects, ≥ a share reserved, part of it to small and micro. */
  partReservation: `${M46}#art_8__para_2`,
  /** 第九条第一款: small and micro price deduction; not on reserved projects or lots. */
  priceDeduction: `${M46}#art_9__para_1`,
  /** 第九条第二款: consortium and subcontract deduction. */
  consortiumDeduction: `${M46}#art_9__para_2`,
} as const;
