import { Col, Empty, Row, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useFormat } from '../../i18n/format-messages';
import type { HomeSummary } from './home-api';
import { homeMessages } from './home-messages';
import { Panel } from './Panel';

type EnterprisePart = NonNullable<HomeSummary['enterprise']>;

/** The enterprise's own part of its home: its size class, the policies it can act on, its latest notices. */
export function EnterprisePanel({ part }: { part: EnterprisePart }) {
  const t = useMessages(homeMessages);
  const { pick, language } = useI18n();
  const f = useFormat();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Panel title={t('home.enterprise.policies')} testId="home-policies" extra={<Link to="/me/policies">{t('home.enterprise.allPolicies')}</Link>}>
          {part.policies.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.enterprise.policiesNone')} />
          ) : (
            <ul className="front-list">
              {part.policies.map((p) => (
                <li key={p.policyId} className="home-policy" data-testid={`home-policy-${p.policyId}`}>
                  <CheckCircleOutlined className="home-policy-icon" aria-hidden />
                  <div className="home-policy-text">
                    <div className="front-item-title">{pick(p.title)}</div>
                    {p.amountFen !== null && (
                      <Typography.Text type="secondary">
                        {p.isCash ? t('home.enterprise.cash', { amount: f.money(p.amountFen) }) : t('home.enterprise.nonCash')}
                      </Typography.Text>
                    )}
                  </div>
                  <Link to={p.link} className={p.action === 'NONE' ? undefined : 'home-action'} data-testid="home-policy-action">
                    {t(p.action === 'APPLY' ? 'home.enterprise.apply' : p.action === 'CONFIRM' ? 'home.enterprise.confirm' : 'home.enterprise.details')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </Col>
      <Col xs={24} lg={10}>
        <Panel title={t('home.enterprise.notices')} testId="home-notices" extra={<Link to="/inbox">{t('home.enterprise.allNotices')}</Link>}>
          {part.notices.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.enterprise.noticesNone')} />
          ) : (
            <ul className="front-list">
              {part.notices.map((n, index) => (
                <li key={`${n.createdAt}-${index}`}>
                  <Link to="/inbox" style={{ display: 'block', minWidth: 0 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`home.notice.${n.kind}`)} · {formatTimestamp(n.createdAt, language)}
                    </Typography.Text>
                    <div>
                      {!n.isRead && <Tag color="processing">{t('home.enterprise.unread')}</Tag>}
                      {pick(n.title)}
                    </div>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </Col>
    </Row>
  );
}
