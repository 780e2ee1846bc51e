import { useMemo, useState } from 'react';
import { Alert, Button, Card, Result, Segmented, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ExportOutlined, SwapRightOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchLawDiff, fetchLawWorks, lawDiffHtmlUrl, type DiffKind, type DiffPair, type LawVersion } from './law-api';
import { diffPath, readerPath } from './law-paths';
import { isChanged, pairNotes, sideRuns } from './diff-rows';
import { useLawText } from './use-law-text';

const KIND_COLORS: Readonly<Record<DiffKind, string>> = { unchanged: 'default', modified: 'blue', moved: 'purple', added: 'green', deleted: 'red' };

function Side({ pair, side, workKey, version }: { pair: DiffPair; side: 'old' | 'new'; workKey: string; version: string }) {
  const ref = side === 'old' ? pair.old : pair.new;
  if (!ref) return null;
  const Mark = side === 'old' ? 'del' : 'strong';
  return (
    <div className="law-diff-text" data-testid={`diff-${side}`}>
      <Link to={readerPath(workKey, version, ref.eid)} className="law-diff-num">
        {ref.num}
      </Link>{' '}
      {sideRuns(pair, side).map((run, i) => (run.isChange ? <Mark key={i}>{run.text}</Mark> : <span key={i}>{run.text}</span>))}
    </div>
  );
}

/** 修改对照: two versions side by side, articles aligned by content, with what moved where. */
export function LawDiffPage() {
  const { workKey = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { t, status } = useLawText();
  const [filter, setFilter] = useState<'changed' | 'all'>('changed');
  const works = useApi(fetchLawWorks, []);
  const work = works.data?.find((w) => w.key === workKey);
  const versions = work?.versions ?? [];
  const oldId = params.get('old') ?? versions.at(-2)?.id ?? '';
  const newId = params.get('new') ?? versions.at(-1)?.id ?? '';
  const canCompare = Boolean(work && versions.length > 1 && oldId && newId);
  const diff = useApi(() => (canCompare ? fetchLawDiff(work!.id, oldId, newId) : Promise.resolve(null)), [work?.id, oldId, newId, canCompare]);
  const rows = useMemo(() => (diff.data?.pairs ?? []).filter((p) => filter === 'all' || isChanged(p)), [diff.data, filter]);

  if (works.error) return <LoadFailure error={works.error} onRetry={works.reload} />;
  if (works.isLoading) return <Skeleton active />;
  if (!work) return <Result status="404" title={workKey} />;
  if (versions.length < 2) return <Alert type="info" showIcon title={t('law.diff.needTwo')} />;

  const versionOptions = versions.map((v: LawVersion) => ({ value: v.id, label: `${v.id}${v.label ? ` ${v.label}` : ''} (${status(v.status)})` }));
  const choose = (which: 'old' | 'new', value: string) => navigate(diffPath(work.key, which === 'old' ? value : oldId, which === 'new' ? value : newId), { replace: true });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="law-diff">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('law.cite', { title: work.title, citation: '' })} {t('law.diff.title')}
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <Select value={oldId} options={versionOptions} onChange={(v: string) => choose('old', v)} style={{ minWidth: 260 }} data-testid="diff-old-select" />
          <SwapRightOutlined />
          <Select value={newId} options={versionOptions} onChange={(v: string) => choose('new', v)} style={{ minWidth: 260 }} data-testid="diff-new-select" />
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as 'changed' | 'all')}
            options={[{ value: 'changed', label: t('law.diff.onlyChanged') }, { value: 'all', label: t('law.diff.all') }]}
            data-testid="diff-filter"
          />
          <a href={lawDiffHtmlUrl(work.id, oldId, newId)} target="_blank" rel="noreferrer">
            <Button icon={<ExportOutlined />}>{t('law.diff.htmlPage')}</Button>
          </a>
        </Space>
      </Card>
      {diff.error ? (
        <LoadFailure error={diff.error} onRetry={diff.reload} />
      ) : (
        <>
          {diff.data && (
            <Space wrap>
              <Typography.Text data-testid="diff-summary">{t('law.diff.summary', diff.data.summary)}</Typography.Text>
              <Typography.Text type="secondary">{t('law.diff.legend')}</Typography.Text>
            </Space>
          )}
          <Table<DiffPair>
            rowKey={(p) => `${p.old?.eid ?? '-'}|${p.new?.eid ?? '-'}`}
            loading={diff.isLoading}
            dataSource={rows}
            pagination={false}
            bordered
            sticky={{ offsetHeader: 64 }}
            size="small"
            className="law-diff-table"
            onRow={(p) => ({ 'data-kind': p.kind, 'data-testid': 'diff-row', 'data-old': p.old?.num ?? '', 'data-new': p.new?.num ?? '' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                key: 'kind',
                title: '',
                width: 190,
                render: (_, p) => (
                  <Space direction="vertical" size={4}>
                    <Tag color={KIND_COLORS[p.kind]} data-testid="diff-kind">
                      {t(`law.diff.kind.${p.kind}`)}
                    </Tag>
                    {pairNotes(p).map((n) => (
                      <Typography.Text key={`${n.kind}${n.from}${n.to}`} type="secondary" className="law-diff-note" data-testid="diff-note">
                        {n.kind === 'renumbered' ? t('law.diff.renumbered', { old: n.from, new: n.to }) : t('law.diff.movedTo', { from: n.from, to: n.to })}
                      </Typography.Text>
                    ))}
                  </Space>
                ),
              },
              {
                key: 'old',
                title: `${t('law.diff.old')} ${oldId}${diff.data?.old.label ? ` ${diff.data.old.label}` : ''}`,
                render: (_, p) => <Side pair={p} side="old" workKey={work.key} version={oldId} />,
              },
              {
                key: 'new',
                title: `${t('law.diff.new')} ${newId}${diff.data?.new.label ? ` ${diff.data.new.label}` : ''}`,
                render: (_, p) => <Side pair={p} side="new" workKey={work.key} version={newId} />,
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
