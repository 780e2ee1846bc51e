import { F, T, U } from '../tri-state';

export type CmpOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * Truth of `a op b` looked up by `1 + (a > b) − (a < b) + 3·unknown`: indexes 0, 1, 2 for less,
 * equal, greater; 3, 4, 5 (UNKNOWN) when an operand is. Kernels compute the index with
 * `Number(comparison)` arithmetic: a data-dependent `?:` compiles to a branch, and on real rows
 * branches mispredict (about 4–6 ns a row on the reference machine, against about 1 ns branch-free).
 */
export const BY_SIGN_OR_UNKNOWN: Readonly<Record<CmpOp, Uint8Array>> = {
  '<': Uint8Array.of(T, F, F, U, U, U),
  '<=': Uint8Array.of(T, T, F, U, U, U),
  '==': Uint8Array.of(F, T, F, U, U, U),
  '!=': Uint8Array.of(T, F, T, U, U, U),
  '>=': Uint8Array.of(F, T, T, U, U, U),
  '>': Uint8Array.of(F, F, T, U, U, U),
};
