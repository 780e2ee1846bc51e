import { lazy, Suspense } from 'react';
import { Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { homeDataUrl } from '../../app/first-page-data';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { lazyPage } from '../../app/lazy-page';
import { LoadFailure } from '../errors/LoadFailure';
import { DeadlineList } from './DeadlineList';
import { EnterprisePanel } from './EnterprisePanel';
import { fetchHome, type HomeRole, type HomeSummary } from './home-api';
import { homeMessages } from './home-messages';
import { homeRoleOf } from './home-role';
import { StatCards } from './StatCards';
import { Panel } from './Panel';

const WelcomePage = lazyPage(() => import('../auth/WelcomePage'), 'WelcomePage');
const PaidChart = lazy(() => import('./PaidChart').then((m) => ({ default: m.PaidChart })));

/** 工作台: the home of the signed-in user's role (an account without one gets the welcome page). */
export function RoleHomePage() {
  const { me } = useAuth();
  const role = me ? homeRoleOf(me) : null;
  if (!me || !role) return <WelcomePage />;
  return <HomeOf role={role} name={me.displayName} />;
}

function HomeOf({ role, name }: { role: HomeRole; name: string }) {
  const t = useMessages(homeMessages);
  const { data, error, reload } = useApi(() => fetchHome(role), [role], { seed: homeDataUrl(role) });
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid={`home-${role}`}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>{t(`home.title.${role}`)}</Typography.Title>
        <Typography.Text type="secondary">
          {t('home.greeting', { name })}
          {data ? ` · ${t('home.today', { day: data.today })}` : ''}
        </Typography.Text>
      </div>
      {!data ? <Skeleton active /> : <HomeBody data={data} />}
    </Space>
  );
}

function HomeBody({ data }: { data: HomeSummary }) {
  const t = useMessages(homeMessages);
  const { pick } = useI18n();
  const e = data.enterprise;
  const figures = (
    <section aria-label={t('home.figures')}>
      <Typography.Title level={5}>{t('home.figures')}</Typography.Title>
      <StatCards cards={data.figures} testId="home-figures" />
    </section>
  );
  const queues = (
    <section aria-label={t('home.queues')}>
      <Typography.Title level={5}>{t('home.queues')}</Typography.Title>
      <StatCards cards={data.queues} testId="home-queues" />
    </section>
  );
  // One column with a gap between its blocks: the page's Space spaces HomeBody as a single child, so a
  // fragment here let the key-figure cards touch the panel below them (issue 19).
  if (e) {
    return (
      <div className="home-body" data-testid="home-body">
        <Panel title={<span data-testid="home-enterprise-name">{e.name}</span>} testId="home-enterprise-card">
          <Space wrap>
            <Typography.Text>{t('home.enterprise.size')}</Typography.Text>
            <Tag color={e.sizeClass.isClassified ? 'blue' : 'default'} data-testid="home-size-class">
              {e.sizeClass.label ? pick(e.sizeClass.label) : t('home.enterprise.sizeUnknown')}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('home.enterprise.sizeNote')}</Typography.Text>
          </Space>
        </Panel>
        {figures}
        <EnterprisePanel part={e} />
        {queues}
        <DeadlineList deadlines={data.deadlines} />
      </div>
    );
  }
  return (
    <div className="home-body" data-testid="home-body">
      {queues}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={data.paidByMonth ? 10 : 24}>
          <DeadlineList deadlines={data.deadlines} />
        </Col>
        {data.paidByMonth && (
          <Col xs={24} lg={14}>
            <Suspense fallback={<Skeleton active />}>
              <PaidChart points={data.paidByMonth} />
            </Suspense>
          </Col>
        )}
      </Row>
      {figures}
    </div>
  );
}
