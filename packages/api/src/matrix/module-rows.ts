import type { MatrixRows } from './principals';

/** Matrix rows of every API module, one spread per module (`...lawMatrix`). */
export const MODULE_MATRIX_ROWS: MatrixRows = {};
