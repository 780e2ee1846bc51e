import { useState } from 'react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { useFormat } from '../../i18n/format-messages';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchPublicMarks, type PublicMarkView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

/** 信用信息公示: the marks in their publication period, for anyone (no personal data, no finding text). */
export function PublicMarksPage() {
  const t = useMessages(publicCreditMessages);
  const { pick } = useI18n();
  const fmt = useFormat();
  const [pages, setPages] = useState<string[]>([]);
  const first = useApi(() => fetchPublicMarks(), []);
  const [more, setMore] = useState<PublicMarkView[]>([]);
  const [next, setNext] = useState<string | null | undefined>(undefined);
  if (first.error) return <LoadFailure error={first.error} onRetry={first.reload} />;
  const cursor = next === undefined ? (first.data?.next ?? null) : next;
  const loadMore = async () => {
    if (!cursor || pages.includes(cursor)) return;
    setPages((p) => [...p, cursor]);
    const page = await fetchPublicMarks(cursor);
    setMore((m) => [...m, ...page.items]);
    setNext(page.next);
  };
  return (
    <Card title={t('pc.public.title')} data-testid="public-credit-marks" extra={first.data ? <Typography.Text type="secondary">{t('pc.public.asOf', { date: first.data.asOf })}</Typography.Text> : null}>
      <Typography.Paragraph>{t('pc.public.intro')}</Typography.Paragraph>
      <Table<PublicMarkView>
        rowKey="markId" size="small" loading={first.isLoading} dataSource={[...(first.data?.items ?? []), ...more]} pagination={false} scroll={{ x: true }}
        locale={{ emptyText: t('pc.public.empty') }}
        columns={[
          {
            title: t('pc.col.subject'),
            render: (_, m) => (
              <>
                <div>{m.subjectName}</div>
                {m.objectionFlag && <Tag color="gold" style={{ whiteSpace: 'normal' }} data-testid="objection-flag">{pick(m.objectionFlag.label)}</Tag>}
                {m.supplements.map((x) => <Typography.Text key={x.at} type="secondary" style={{ display: 'block' }} data-testid="mark-supplement">{fmt.labelValue(t('pc.mark.supplements'), x.text)}</Typography.Text>)}
              </>
            ),
          },
          { title: t('pc.col.uscc'), dataIndex: 'uscc' },
          { title: t('pc.col.kind'), render: (_, m) => pick(m.kindLabel) },
          { title: t('pc.col.decidedOn'), dataIndex: 'decidedOn' },
          { title: t('pc.col.department'), render: (_, m) => m.departmentName ?? '—' },
          { title: t('pc.col.period'), render: (_, m) => fmt.range(m.period.start, m.period.end) },
          { title: t('pc.col.basis'), render: (_, m) => fmt.clauses(m.publicationBasis.map((a) => fmt.lawCitation(a.lawTitle, a.citation))) },
        ]}
      />
      {cursor && <Button style={{ marginTop: 16 }} onClick={() => void loadMore()}>{t('pc.more')}</Button>}
    </Card>
  );
}
