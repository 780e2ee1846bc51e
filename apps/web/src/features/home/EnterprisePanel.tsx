import { Card, Col, Empty, List, Row, Tag, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { formatFenAsYuan } from '../../format/money';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import type { HomeSummary } from './home-api';
import { homeMessages } from './home-messages';

type EnterprisePart = NonNullable<HomeSummary['enterprise']>;

/** The enterprise's own part of its home: its size class, the policies it can act on, its latest notices. */
export function EnterprisePanel({ part }: { part: EnterprisePart }) {
  const t = useMessages(homeMessages);
  const { pick, language } = useI18n();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          title={t('home.enterprise.policies')}
          size="small"
          data-testid="home-policies"
          extra={<Link to="/me/policies">{t('home.enterprise.allPolicies')}</Link>}
        >
          {part.policies.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.enterprise.policiesNone')} />
          ) : (
            <List
              size="small"
              dataSource={part.policies}
              renderItem={(p) => (
                <List.Item
                  data-testid={`home-policy-${p.policyId}`}
                  actions={[
                    <Link key="go" to={p.link} className={p.action === 'NONE' ? undefined : 'home-action'} data-testid="home-policy-action">
                      {t(p.action === 'APPLY' ? 'home.enterprise.apply' : p.action === 'CONFIRM' ? 'home.enterprise.confirm' : 'home.enterprise.details')}
                    </Link>,
                  ]}
                >
                  <List.Item.Meta
                    avatar={<CheckCircleOutlined style={{ color: '#389e0d' }} aria-hidden />}
                    title={pick(p.title)}
                    description={p.isCash && p.amountFen !== null ? t('home.enterprise.cash', { amount: formatFenAsYuan(p.amountFen) }) : p.amountFen !== null ? t('home.enterprise.nonCash') : undefined}
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('home.enterprise.notices')} size="small" data-testid="home-notices" extra={<Link to="/inbox">{t('home.enterprise.allNotices')}</Link>}>
          {part.notices.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.enterprise.noticesNone')} />
          ) : (
            <List
              size="small"
              dataSource={part.notices}
              renderItem={(n) => (
                <List.Item>
                  <Link to="/inbox" style={{ display: 'block', minWidth: 0 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(`home.notice.${n.kind}`)} · {formatTimestamp(n.createdAt, language)}
                    </Typography.Text>
                    <div>
                      {!n.isRead && <Tag color="processing">{t('home.enterprise.unread')}</Tag>}
                      {pick(n.title)}
                    </div>
                  </Link>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
