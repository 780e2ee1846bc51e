import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { changeOwnPassword } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { presentMe } from '../presenters/me';
import { Me } from '../schemas/me';
import { unwrap } from './admin-result';
import { ChangePasswordInput } from './admin-schemas';

/** 修改密码: any signed-in person changes their own password; this clears a change the administrator required. */
export function registerPasswordRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/me/password', {
    schema: { tags: ['admin'], summary: '修改密码 Change your own password (current password required; the password policy applies)', body: ChangePasswordInput, response: { 200: Me } },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    if (p.via !== 'SESSION') throw new AppError('FORBIDDEN', { message: { zh: '令牌不能修改密码，请登录后修改', en: 'A token cannot change a password; sign in to change it' } });
    const user = await db.transaction(async (tx) => unwrap(await changeOwnPassword(tx, p.user, request.body.currentPassword, request.body.newPassword)));
    return presentMe(user, 'SESSION');
  });
}
