import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database, User } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { bankHome } from './bank-home';
import { enterpriseHome } from './enterprise-home';
import { canReadHome } from './home-policy';
import { HOME_ROLES, HomeSummary, PublicHome, type HomeRole } from './home-schemas';
import { auditorHome, bureauHome, departmentHome, financeHome } from './official-home';
import { publicHome } from './public-home';

type HomeBody = Omit<HomeSummary, 'role' | 'today' | 'asOf'>;

const BUILDERS: Record<HomeRole, (db: Database, user: User, day: PlainDate) => Promise<HomeBody>> = {
  enterprise: (db, user, day) => enterpriseHome(db, user as User & { uscc: string }, day),
  bureau: bureauHome,
  department: departmentHome,
  bank: bankHome,
  auditor: auditorHome,
  finance: financeHome,
};

const SUMMARIES: Record<HomeRole, string> = {
  enterprise: '企业工作台 The enterprise\'s home: size class, policies it qualifies for and can act on, benefits paid and pending, open appeals with due dates, notices (and vouchers to settle for a service provider)',
  bureau: '主管部门工作台 The SME bureau\'s home: queues with counts, the nearest statutory deadlines, the city\'s key figures and benefits paid per month',
  department: '部门工作台 A department\'s home: its appeals, applications of its funds, drafts, consultations, inspection plans and (districts) cultivation 初审',
  bank: '金融机构工作台 A financial institution\'s home: open and taken financing demands, live and expiring consents, loans recorded this year',
  auditor: '审计工作台 The auditor\'s home: the city\'s figures and what is late or failed, read-only',
  finance: '拨付工作台 The payments officer\'s home: approved cases and redeemed vouchers waiting for a batch, payments at the bank, failed payments',
};

/** One summary per role (工作台), each computed by bounded queries (counts exact up to a limit, then estimated), and the public front door's highlights. */
export function registerHomeRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const role of HOME_ROLES) {
    r.get(`/api/home/${role}`, {
      schema: { tags: ['home'], summary: SUMMARIES[role], response: { 200: HomeSummary } },
    }, async (request) => {
      const { user } = requirePrincipal(request.principal);
      enforce(canReadHome(user, role));
      const day = today();
      const body = await BUILDERS[role](db, user, day);
      return { role, today: day, asOf: new Date().toISOString(), ...body };
    });
  }

  r.get('/api/home/public', {
    schema: { tags: ['home'], summary: '公众首页 The public front door\'s highlights: registry and policy counts, consultations open for comments, recognitions in 公示 (public)', response: { 200: PublicHome } },
  }, async () => publicHome(db, today()));
}
