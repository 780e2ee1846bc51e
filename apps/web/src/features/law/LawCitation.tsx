import { useEffect, useState, type ReactNode } from 'react';
import { Popover, Space, Spin, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { errorMessage } from '../../api/error-message';
import { resolveLaw, type LawResolved } from './law-api';
import { readerPath } from './law-paths';
import { LawStatusTag } from './LawStatusTag';
import { useLawText } from './use-law-text';

/** Answers shared by every citation on the page (the texts do not change while the app runs). */
const cache = new Map<string, Promise<LawResolved>>();

function resolveCached(address: string, date?: string): Promise<LawResolved> {
  const key = `${address}|${date ?? ''}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = resolveLaw(address, date);
    cache.set(key, hit);
    hit.catch(() => cache.delete(key)); // retry a failure next time
  }
  return hit;
}

interface Props {
  /** `work[@version][#eId]`, e.g. `cn-gd-sz/regulation/sme-promotion#art_45__para_1__item_2`. */
  address: string;
  /** The decision's date: the text in force on that day is shown (YYYY-MM-DD). */
  date?: string;
  /** Shown instead of the resolved citation. */
  children?: ReactNode;
}

/**
 * A citation such as 《深圳经济特区中小企业发展促进条例（征求意见稿）》第四十五条第一款第（二）项 that shows the
 * cited text in force on `date` in a popover and links to that place in the reader.
 * Use it wherever a decision, rule or policy cites the law.
 */
export function LawCitation({ address, date, children }: Props) {
  const { t } = useLawText();
  const { language } = useI18n();
  const [resolved, setResolved] = useState<LawResolved | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);

  useEffect(() => {
    let isCurrent = true;
    setResolved(null);
    setFailure(undefined);
    resolveCached(address, date).then(
      (r) => isCurrent && setResolved(r),
      (e: unknown) => isCurrent && setFailure(e),
    );
    return () => {
      isCurrent = false;
    };
  }, [address, date]);

  if (failure !== undefined) {
    return (
      <Popover content={errorMessage(failure, language)} title={t('law.citation.failed')}>
        <Typography.Text type="warning" data-testid="law-citation" data-state="failed">
          <WarningOutlined /> {children ?? t('law.citation.failed')}
        </Typography.Text>
      </Popover>
    );
  }

  // Never the address itself: a person reads the article's name, or that it is on its way.
  const label = children ?? resolved?.fullCitation ?? t('law.citation.loading');
  const content = resolved ? (
    <Space direction="vertical" size={6} style={{ maxWidth: 480 }} data-testid="law-citation-popover">
      <Space wrap size={4}>
        <LawStatusTag status={resolved.status} />
        <Tag>{resolved.versionLabel ? `${resolved.version} ${resolved.versionLabel}` : resolved.version}</Tag>
        {date && (
          <Tag color={resolved.inForce ? 'green' : 'orange'}>
            {resolved.inForce ? t('law.citation.inForce', { date }) : t('law.citation.notInForce', { date })}
          </Tag>
        )}
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{resolved.text}</Typography.Paragraph>
      {resolved.annotations.length > 0 && <Typography.Text type="secondary">{resolved.annotations.join(' ')}</Typography.Text>}
      <Link to={readerPath(resolved.workKey, resolved.version, resolved.eid)}>{t('law.citation.open')}</Link>
    </Space>
  ) : (
    <Spin size="small" description={t('law.citation.loading')} />
  );

  return (
    <Popover content={content} title={resolved?.fullCitation} trigger={['hover', 'click']}>
      {resolved ? (
        <Link to={readerPath(resolved.workKey, resolved.version, resolved.eid)} data-testid="law-citation" data-address={resolved.address}>
          {label}
        </Link>
      ) : (
        <Typography.Text data-testid="law-citation" data-state="loading">
          {label}
        </Typography.Text>
      )}
    </Popover>
  );
}
