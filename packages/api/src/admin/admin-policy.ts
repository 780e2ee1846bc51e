import type { User } from '@huiqi/db';
import { allow, deny, type Decision } from '../policies/decision';

/** Only a system administrator administers departments, accounts and department systems' tokens. */
export function canAdminister(user: User): Decision {
  return user.role === 'ADMIN' ? allow : deny('只有系统管理员可以执行管理操作', 'Only administrators may do this');
}
