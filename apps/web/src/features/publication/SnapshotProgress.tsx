import { Alert, Progress } from 'antd';
import { useEffect, useState } from 'react';
import { request } from '../../api/client';
import { formatCount } from '../../format/money';
import { useMessages } from '../../i18n/define-messages';
import { snapshotProgressMessages } from './snapshot-progress-messages';

interface SnapshotState {
  state: 'BUILDING' | 'READY' | 'FAILED';
  loadedRows: number;
  totalRows: number;
  percent: number;
}

/** How often the progress is asked for while the snapshot is being built. */
const POLL_MS = 3000;

/**
 * While the server is building its registry snapshot (GET /api/registry-snapshot), how far it is —
 * a preview would be refused until then; nothing once a snapshot is ready or when none is known.
 */
export function SnapshotProgress() {
  const t = useMessages(snapshotProgressMessages);
  const [current, setCurrent] = useState<SnapshotState | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const answer = await request<{ snapshots: SnapshotState[] }>('GET', '/api/registry-snapshot').catch(() => null);
      if (stopped || !answer) return;
      const ready = answer.snapshots.some((s) => s.state === 'READY');
      const building = answer.snapshots.find((s) => s.state !== 'READY') ?? null;
      setCurrent(ready ? null : building);
      if (!ready && building?.state === 'BUILDING') timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, []);
  if (!current) return null;
  if (current.state === 'FAILED') return <Alert type="warning" showIcon title={t('snapshot.failed')} style={{ marginBottom: 12 }} data-testid="snapshot-failed" />;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="snapshot-building"
      title={t('snapshot.building')}
      description={(
        <>
          <Progress percent={current.percent} size="small" />
          {t('snapshot.loaded', { loaded: formatCount(current.loadedRows), total: formatCount(current.totalRows) })}
        </>
      )}
    />
  );
}
