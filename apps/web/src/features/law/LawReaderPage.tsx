import { useEffect, useMemo, useState } from 'react';
import { Affix, App as AntApp, Button, Card, Col, Descriptions, Row, Select, Skeleton, Space, Tag, Tree, Typography } from 'antd';
import { DiffOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { LoadFailure } from '../errors/LoadFailure';
import { fetchLawTree, type LawVersion } from './law-api';
import { diffPath, eidFromHash, readerPath } from './law-paths';
import { buildOutline, outlinePathTo } from './law-outline';
import { LawNodeView } from './LawNodeView';
import { LawSearchPanel } from './LawSearchPanel';
import { LawStatusTag } from './LawStatusTag';
import { useLawText } from './use-law-text';
import { ConsultationReaderPanel } from './ConsultationReaderPanel';

/** Copies text to the clipboard; false when the browser refuses. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * One version of a text: the chapter tree on the left, the articles on the right with an anchor on
 * every article, 款, 项 and 目; the element in the URL hash is scrolled to and highlighted.
 */
export function LawReaderPage() {
  const { workKey = '', version = '' } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { t, type: typeLabel, jurisdiction, status: statusLabel } = useLawText();
  const { message } = AntApp.useApp();
  const { data, error, isLoading, reload } = useApi(() => fetchLawTree(workKey, version), [workKey, version]);
  const [expanded, setExpanded] = useState<string[]>([]);
  const target = eidFromHash(hash);
  const outline = useMemo(() => (data ? buildOutline(data.nodes) : []), [data]);

  useEffect(() => {
    if (!data) return;
    if (!target) {
      window.scrollTo({ top: 0 });
      return;
    }
    setExpanded((open) => [...new Set([...open, ...outlinePathTo(outline, target)])]);
    const el = document.getElementById(target);
    el?.scrollIntoView({ block: 'center' });
  }, [data, target, outline]);

  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (isLoading || !data) return <Skeleton active paragraph={{ rows: 12 }} />;

  const { work, version: v } = data;
  const versionLabel = (x: LawVersion) =>
    x.label && x.label !== statusLabel(x.status) ? t('law.versionOption', { id: `${x.id} ${x.label}`, status: statusLabel(x.status) }) : t('law.versionOption', { id: x.id, status: statusLabel(x.status) });
  const copyLink = async (eid: string) => {
    const path = readerPath(work.key, v.id, eid);
    navigate(path, { replace: true });
    if (await copyText(`${window.location.origin}${path}`)) message.success(t('law.copied'));
    else message.warning(t('law.copyFailed'));
  };

  return (
    <Row gutter={24} data-testid="law-reader">
      <Col xs={24} lg={7} xl={6}>
        <Affix offsetTop={76}>
          <Card size="small" title={t('law.outline')} className="law-outline" styles={{ body: { maxHeight: 'calc(100vh - 120px)', overflowY: 'auto' } }}>
            <Tree
              blockNode
              data-testid="law-outline"
              treeData={outline}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys.map(String))}
              selectedKeys={target ? outlinePathTo(outline, target).slice(-1) : []}
              onSelect={(keys) => {
                const key = keys[0];
                if (key !== undefined) navigate(readerPath(work.key, v.id, String(key)));
              }}
            />
          </Card>
        </Affix>
      </Col>
      <Col xs={24} lg={17} xl={18}>
        <Card className="law-reader-head">
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap align="center">
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="law-title">
                {work.title}
              </Typography.Title>
              <LawStatusTag status={v.status} />
              {v.label && v.label !== statusLabel(v.status) && <Tag>{v.label}</Tag>}
            </Space>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('law.col.jurisdiction')}>{jurisdiction(work.jurisdiction)}</Descriptions.Item>
              <Descriptions.Item label={t('law.col.type')}>{typeLabel(work.type)}</Descriptions.Item>
              {work.issuer && <Descriptions.Item label={t('law.col.issuer')}>{work.issuer}</Descriptions.Item>}
              {(work.documentNumber ?? data.documentNumber) && <Descriptions.Item label={t('law.col.number')}>{work.documentNumber ?? data.documentNumber}</Descriptions.Item>}
            </Descriptions>
            <Space wrap>
              <Typography.Text type="secondary">{t('law.articleCount', { n: data.articleCount })}</Typography.Text>
              {v.published && <Typography.Text type="secondary">{t('law.published', { date: v.published })}</Typography.Text>}
              {v.effective && <Typography.Text type="secondary">{t('law.effective', { date: v.effective })}</Typography.Text>}
              {v.effectiveUntil && <Typography.Text type="warning">{t('law.effectiveUntil', { date: v.effectiveUntil })}</Typography.Text>}
              {v.excerpt && <Tag color="gold">{t('law.excerpt')}</Tag>}
              {v.isComparisonColumn && <Tag>{t('law.comparisonColumn')}</Tag>}
            </Space>
            <Space wrap>
              <Typography.Text>{t('law.version')}</Typography.Text>
              <Select
                value={v.id}
                aria-label={t('law.version')}
                style={{ minWidth: 280 }}
                data-testid="law-version-select"
                onChange={(next: string) => navigate(readerPath(work.key, next, target))}
                options={work.versions.map((x) => ({ value: x.id, label: versionLabel(x) }))}
              />
              {work.versions.length > 1 && (
                <Link to={diffPath(work.key)}>
                  <Button icon={<DiffOutlined />} data-testid="law-compare">
                    {t('law.compare')}
                  </Button>
                </Link>
              )}
            </Space>
            <LawSearchPanel work={work.id} version={v.id} placeholder={t('law.search.inWork')} />
          </Space>
        </Card>
        <ConsultationReaderPanel workId={work.id} versionId={v.id} nodes={data.nodes} target={target} />
        <Card className="law-text" style={{ marginTop: 16 }} data-testid="law-text">
          {data.nodes.map((node) => (
            <LawNodeView key={node.eid} node={node} target={target} onCopyLink={copyLink} implementations={data.implementations?.[node.eid]} />
          ))}
        </Card>
      </Col>
    </Row>
  );
}
