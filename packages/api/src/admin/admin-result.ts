import type { AdminProblem } from '@huiqi/db';
import type { Result } from '@huiqi/kernel';
import { AppError } from '../errors/app-error';

/** A refused administrative command as its HTTP answer (422 invalid, 409 conflict, 404 not found), naming the field. */
export function unwrap<T>(r: Result<T, AdminProblem>): T {
  if (r.ok) return r.value;
  const code = r.error.code === 'NOT_FOUND' ? 'ADMIN_NOT_FOUND' : r.error.code === 'CONFLICT' ? 'ADMIN_CONFLICT' : 'ADMIN_INVALID';
  throw new AppError(code, { message: r.error.message, ...(r.error.field ? { details: { field: r.error.field } } : {}) });
}
