import type { Principal } from '../auth/principal';
import { allow, deny, type Decision } from './decision';

/** New tokens only from an interactive login: a leaked token cannot mint more tokens. */
export function canCreateToken(principal: Principal): Decision {
  return principal.via === 'SESSION' ? allow : deny('请通过网页登录后创建令牌（令牌不能创建令牌）', 'Create tokens from an interactive login; a token cannot create tokens');
}
