import { useState } from 'react';
import { Alert, Button, Input, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { errorMessage } from '../../api/error-message';
import { searchLaw, type LawSearchHit } from './law-api';
import { readerPath, splitSnippet } from './law-paths';
import { useLawText } from './use-law-text';

interface Props {
  /** Limit the search to one work (and version); otherwise the latest version of every work. */
  work?: string;
  version?: string;
  placeholder?: string;
  /** Called when a hit is opened (e.g. to close the result list). */
  onOpen?: (hit: LawSearchHit) => void;
}

/** A search box with a result list: citation, title and the snippet with the match highlighted, linking to the anchor. */
export function LawSearchPanel({ work, version, placeholder, onOpen }: Props) {
  const { t } = useLawText();
  const { language } = useI18n();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ q: string; hits: LawSearchHit[] } | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [isLoading, setLoading] = useState(false);

  const run = async (text: string) => {
    const q = text.trim();
    if (!q) {
      setResult(null);
      return;
    }
    setLoading(true);
    setError(undefined);
    try {
      setResult({ q, hits: await searchLaw(q, { work, version }) });
    } catch (failure) {
      setError(failure);
      setResult(null);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="law-search">
      <Input.Search
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onSearch={run}
        placeholder={placeholder ?? t('law.search.placeholder')}
        loading={isLoading}
        allowClear
        maxLength={100}
        enterButton
        data-testid="law-search-input"
      />
      {error !== undefined && <Alert type="error" showIcon title={errorMessage(error, language)} />}
      {result && (
        <List
          size="small"
          bordered
          data-testid="law-search-results"
          header={
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong>{result.hits.length ? t('law.search.results', { q: result.q, n: result.hits.length }) : t('law.search.none', { q: result.q })}</Typography.Text>
              <Button size="small" type="link" onClick={() => setResult(null)}>
                {t('law.search.clear')}
              </Button>
            </Space>
          }
          dataSource={result.hits}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(hit) => {
            const [before, match, after] = splitSnippet(hit.snippet, hit.match);
            return (
              <List.Item key={hit.address} data-testid="law-search-hit">
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Link to={readerPath(hit.workKey, hit.version, hit.eid)} onClick={() => onOpen?.(hit)} data-testid="law-search-hit-link">
                    {work ? hit.citation : t('law.cite', { title: hit.title, citation: hit.citation })}
                  </Link>
                  <Typography.Text type="secondary">
                    {before}
                    <mark>{match}</mark>
                    {after}
                  </Typography.Text>
                </Space>
              </List.Item>
            );
          }}
        />
      )}
    </Space>
  );
}
