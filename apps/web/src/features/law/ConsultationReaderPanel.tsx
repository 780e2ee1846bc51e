import { Alert, Card, Collapse, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApi } from '../../api/use-api';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { CommentForm } from '../consultation/CommentForm';
import { CommentList } from '../consultation/CommentList';
import { fetchConsultation, fetchConsultations } from '../consultation/consultation-api';
import { consultationMessages } from '../consultation/consultation-messages';
import { consultationPath } from '../consultation/consultation-paths';
import { ContactVerification } from '../consultation/ContactVerification';
import { articleNumbers, draftArticles } from '../consultation/draft-articles';
import { HeatStrip } from '../consultation/HeatStrip';
import type { LawNode } from './law-api';
import { readerPath } from './law-paths';
import { useFormat } from '../../i18n/format-messages';

/**
 * In the reader, for a version under consultation: the heat strip of comments per article, the
 * published comments article by article, and the comment form (anchored to the article in view).
 */
export function ConsultationReaderPanel({ workId, versionId, nodes, target }: { workId: string; versionId: string; nodes: readonly LawNode[]; target: string | null }) {
  const t = useMessages(consultationMessages);
  const { pick } = useI18n();
  const f = useFormat();
  const { data: list } = useApi(() => fetchConsultations(workId), [workId]);
  const current = list?.find((c) => c.versionId === versionId && c.status !== 'CANCELLED');
  const { data: c, reload } = useApi(async () => (current ? fetchConsultation(current.consultationId) : null), [current?.consultationId]);
  if (!c) return null;
  const nums = articleNumbers(nodes);
  const byArticle = [...nums].map(([eid, num]) => ({ eid, num, comments: c.comments.filter((x) => x.articleEid === eid && !x.isWithdrawn) })).filter((a) => a.comments.length > 0);
  const whole = c.comments.filter((x) => x.articleEid === null && !x.isWithdrawn);
  const articleOfTarget = target ? (draftArticles([...nodes], f).find((a) => a.eid === target)?.eid ?? null) : null;
  return (
    <Card style={{ marginTop: 16 }} data-testid="reader-consultation">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon title={<Space wrap>{t('c.inReader')}<Link to={consultationPath(c.consultationId)}>{c.title}</Link><Tag>{pick(c.statusLabel)}</Tag><Typography.Text type="secondary">{f.range(c.startDate, c.endDate)}</Typography.Text></Space>} />
        <HeatStrip articles={[...nums].map(([eid, num]) => ({ eid, num }))} heat={c.heat} linkOf={(eid) => readerPath(workId, versionId, eid)} />
        <Collapse size="small" items={[
          ...(whole.length ? [{ key: 'whole', label: f.withNote(t('c.whole'), whole.length), children: <CommentList comments={whole} /> }] : []),
          ...byArticle.map((a) => ({ key: a.eid, label: f.withNote(a.num, a.comments.length), children: <CommentList comments={a.comments} /> })),
        ]} />
        {c.status === 'OPEN' && (c.canComment
          ? <CommentForm key={articleOfTarget ?? 'whole'} consultationId={c.consultationId} articles={draftArticles([...nodes], f)} initialTarget={articleOfTarget} onSubmitted={reload} />
          : <Space direction="vertical"><Typography.Text type="secondary">{t('c.form.signIn')}</Typography.Text><ContactVerification onVerified={reload} /></Space>)}
      </Space>
    </Card>
  );
}
