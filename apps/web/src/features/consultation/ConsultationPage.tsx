import { Button, Card, Col, Descriptions, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { readerPath } from '../law/law-paths';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';
import { fetchConsultation, fetchDraft, withdrawComment } from './consultation-api';
import { DraftTextCard } from './DraftTextCard';
import { consultationMessages } from './consultation-messages';
import { articlePath, reportPath } from './consultation-paths';
import { ContactVerification } from './ContactVerification';
import { articleNumbers, draftArticles } from './draft-articles';
import { HeatStrip } from './HeatStrip';
import { useFormat } from '../../i18n/format-messages';

/** One consultation for everyone: the notice, the 说明, the heat per article, the comments, and the comment form. */
export function ConsultationPage() {
  const { id = '' } = useParams();
  const t = useMessages(consultationMessages);
  const { pick } = useI18n();
  const f = useFormat();
  const { data: c, error, reload } = useApi(() => fetchConsultation(id), [id]);
  const { data: tree } = useApi(async () => (c ? fetchDraft(c.consultationId) : null), [c?.consultationId]);
  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!c) return <Skeleton active />;
  const nums = tree ? articleNumbers(tree.nodes) : new Map<string, string>();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large" data-testid="consultation-page">
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="consultation-title">{c.title}</Typography.Title>
        <Tag color={c.status === 'OPEN' ? 'green' : 'default'} data-testid="consultation-status">{pick(c.statusLabel)}</Tag>
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('c.issuer')}>{c.issuingBody}</Descriptions.Item>
        <Descriptions.Item label={t('c.col.period')}>
          {t('c.period', { start: c.startDate, end: c.endDate, days: c.periodDays })}
          {c.isMinimumUnverified && <Tag color="gold" style={{ marginLeft: 8 }}>{t('c.minimumUnverified', { days: c.minimumDays })}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('c.contact')}>{f.clauses([c.contact.phone, c.contact.email, c.contact.address].filter((x): x is string => Boolean(x)))}</Descriptions.Item>
        {c.shortPeriodReason && <Descriptions.Item label={t('c.shortReason')}>{c.shortPeriodReason}</Descriptions.Item>}
      </Descriptions>
      <Space wrap>
        {c.draft.kind !== 'CONSOLE_POLICY' && <Link to={readerPath(c.draft.workId, c.draft.versionId)}><Button>{t('c.readDraft')}</Button></Link>}
        {c.status === 'CLOSED' && <Link to={reportPath(c.consultationId)}><Button type="primary" data-testid="consultation-report-link">{t('c.report')}</Button></Link>}
      </Space>
      {tree && !tree.isInLawLibrary && <DraftTextCard title={tree.title} nodes={tree.nodes} heat={c.heat} />}
      {tree && <HeatStrip articles={[...nums].map(([eid, num]) => ({ eid, num }))} heat={c.heat} linkOf={(eid) => (tree.isInLawLibrary ? articlePath(c.draft.workId, c.draft.versionId, eid) : `#${eid}`)} />}
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Card title={t('c.comments')}>
            <CommentList consultationId={c.consultationId} comments={c.comments} onWithdraw={async (x) => { await withdrawComment(c.consultationId, x.commentId); reload(); }} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('c.form.title')}>
            {c.status !== 'OPEN' ? <Typography.Text>{t('c.form.closed')}</Typography.Text>
              : c.canComment ? <CommentForm consultationId={c.consultationId} articles={tree ? draftArticles(tree.nodes, f) : []} onSubmitted={reload} />
                : <Space direction="vertical"><Typography.Text type="secondary">{t('c.form.signIn')}</Typography.Text><ContactVerification onVerified={reload} /></Space>}
          </Card>
          <Card title={t('c.note')} style={{ marginTop: 16 }}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflowY: 'auto' }} tabIndex={0}>{c.explanatoryNote}</Typography.Paragraph>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
