import { useState } from 'react';
import { Col, Empty, Input, Row, Space, Spin, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { fetchPublicHome, type PublicHome } from './home-api';
import { homeMessages } from './home-messages';
import { searchPublishedPolicies, type FoundPolicy } from './policy-search';
import { Panel } from './Panel';
import { PublicFrame } from './PublicFrame';
import { StatCards } from './StatCards';
import './home.css';

/** 公示与公开: the public lists of the platform, each a page anyone may open. */
const PUBLIC_LISTS = [
  { path: '/public/cultivation-notices', key: 'front.link.cultivation' },
  { path: '/public/benefits', key: 'front.link.benefits' },
  { path: '/inspections/public', key: 'front.link.inspections' },
  { path: '/procurement/public', key: 'front.link.procurement' },
  { path: '/public/service-providers', key: 'front.link.providers' },
] as const;

/**
 * The public front door at `/` (no login): what the platform is, policy search into the public
 * 惠企政策清单, open figures, consultations open for comments, 公示, the law library and how an
 * enterprise signs in. Chinese first, with the language switch. Kept light: it is the first page.
 */
export function PublicHomePage() {
  const t = useMessages(homeMessages);
  const home = useApi(() => fetchPublicHome(), []);
  return (
    <PublicFrame testId="front-door" signInTestId="front-sign-in">
      <div className="front-main">
        <section className="front-hero">
          <Typography.Title level={1} className="front-title">{t('front.title')}</Typography.Title>
          <Typography.Paragraph className="front-intro">{t('front.intro')}</Typography.Paragraph>
          <PolicySearch />
        </section>
        <section aria-labelledby="front-figures">
          <Space className="front-section-head">
            <Typography.Title level={2} id="front-figures" style={{ fontSize: 18 }}>{t('front.figures')}</Typography.Title>
            <Link to="/statistics/public">{t('front.allStatistics')}</Link>
          </Space>
          {home.data ? <StatCards cards={home.data.figures} testId="front-figures" /> : <Spin />}
        </section>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Consultations data={home.data} />
          </Col>
          <Col xs={24} lg={12}>
            <Publicity data={home.data} />
          </Col>
          <Col xs={24} lg={12}>
            <Panel title={t('front.calculator')} testId="front-calculator">
              <Typography.Paragraph>{t('front.calculatorIntro')}</Typography.Paragraph>
              <Link to="/policy-calculator" data-testid="front-calculator-link">{t('front.calculatorOpen')}</Link>
            </Panel>
          </Col>
          <Col xs={24} lg={12}>
            <Panel title={t('front.law')}>
              <Typography.Paragraph>{t('front.lawIntro')}</Typography.Paragraph>
              <Link to="/law" data-testid="front-law">{t('front.lawOpen')}</Link>
            </Panel>
          </Col>
          <Col xs={24} lg={12}>
            <Panel title={t('front.how')} testId="front-how">
              <ol className="front-steps">
                <li>{t('front.how.1')}</li>
                <li>{t('front.how.2')}</li>
                <li>{t('front.how.3')}</li>
              </ol>
              <Space wrap>
                <Link to="/login">{t('front.signIn')}</Link>
                <Link to="/register">{t('front.register')}</Link>
              </Space>
            </Panel>
          </Col>
        </Row>
      </div>
    </PublicFrame>
  );
}

/** 查找惠企政策: a keyword over the published policies in force today, the first matches, and the way on to the full list. */
function PolicySearch() {
  const t = useMessages(homeMessages);
  const { pick } = useI18n();
  const navigate = useNavigate();
  const [found, setFound] = useState<{ query: string; items: FoundPolicy[] } | null>(null);
  const [isSearching, setSearching] = useState(false);
  const onSearch = async (value: string) => {
    const query = value.trim();
    if (!query) {
      navigate('/public/policies');
      return;
    }
    setSearching(true);
    try {
      setFound({ query, items: await searchPublishedPolicies(query) });
    } finally {
      setSearching(false);
    }
  };
  return (
    <div className="front-search" role="search">
      <label htmlFor="front-search-input" className="front-search-label">
        {t('front.search')}
      </label>
      <Input.Search
        id="front-search-input"
        size="large"
        placeholder={t('front.searchPlaceholder')}
        enterButton={t('front.searchButton')}
        loading={isSearching}
        onSearch={onSearch}
        data-testid="front-search"
      />
      {found && (
        <div className="front-card front-card-body front-results" data-testid="front-search-results">
          {found.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('front.searchNone')} />
          ) : (
            <>
              <Typography.Text type="secondary">{t('front.searchResults', { n: found.items.length })}</Typography.Text>
              <ul className="front-list">
                {found.items.slice(0, 5).map((p) => (
                  <li key={p.policyKey} data-testid={`front-found-${p.policyKey}`}>
                    <div className="front-item-title">{pick(p.title)}</div>
                    <Typography.Text type="secondary">{pick(p.summary)}</Typography.Text>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Link to="/public/policies" data-testid="front-all-policies">{t('front.allPolicies')}</Link>
        </div>
      )}
      {!found && (
        <Link to="/public/policies" className="front-all-link" data-testid="front-all-policies">{t('front.allPolicies')}</Link>
      )}
    </div>
  );
}

function Consultations({ data }: { data: PublicHome | undefined }) {
  const t = useMessages(homeMessages);
  return (
    <Panel
      title={t('front.consultations')}
      extra={<Link to="/consultations">{t('front.allConsultations')}</Link>}
      testId="front-consultations"
    >
      {!data ? <Spin /> : data.consultations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('front.consultationsNone')} />
      ) : (
        <ul className="front-list">
          {data.consultations.map((c) => (
            <li key={c.id}>
              <Link to={`/consultations/${encodeURIComponent(c.id)}`} data-testid="front-consultation" style={{ display: 'block', minWidth: 0 }}>
                <div className="front-item-title">{c.title}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.issuingBody} · {t(c.status === 'OPEN' ? 'front.consultationEnds' : c.status === 'PROCESSING' ? 'front.consultationProcessing' : 'front.consultationClosed', { day: c.endDate, n: c.commentCount })}
                </Typography.Text>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function Publicity({ data }: { data: PublicHome | undefined }) {
  const t = useMessages(homeMessages);
  const { pick } = useI18n();
  return (
    <Panel title={t('front.publicity')} testId="front-publicity">
      {!data ? <Spin /> : data.publicity.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('front.publicityNone')}</Typography.Paragraph>
      ) : (
        <ul className="front-list">
          {data.publicity.map((p) => (
            <li key={`${p.enterpriseName}-${p.until}`}>
              <span>{p.enterpriseName} · {pick(p.tier)}</span>{' '}
              <Typography.Text type="secondary">{t('front.publicityUntil', { day: p.until })}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
      <Typography.Text strong>{t('front.publicityLists')}</Typography.Text>
      <ul className="front-links">
        {PUBLIC_LISTS.map((l) => (
          <li key={l.path}><Link to={l.path}>{t(l.key)}</Link></li>
        ))}
      </ul>
    </Panel>
  );
}
