import { useFormat } from '../../i18n/format-messages';
import { useState } from 'react';
import { Alert, Button, Input, List, Space, Tag, Typography } from 'antd';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { actOnRepair, type RepairView } from './public-credit-api';
import { publicCreditMessages } from './public-credit-messages';

/** The enterprise's applications for one mark: status, decision with reasons, materials to provide, withdrawal. */
export function RepairTimeline({ items, onChange }: { items: readonly RepairView[]; onChange: () => void }) {
  const fmt = useFormat();
  const t = useMessages(publicCreditMessages);
  const { language, pick } = useI18n();
  const [evidence, setEvidence] = useState('');
  const [failure, setFailure] = useState<unknown>(undefined);
  const act = async (r: RepairView, type: 'MATERIALS_PROVIDED' | 'WITHDRAWN') => {
    setFailure(undefined);
    try {
      await actOnRepair(r.repairId, type === 'WITHDRAWN' ? { type, payload: {} } : { type, payload: { evidence } });
      setEvidence('');
      onChange();
    } catch (e) {
      setFailure(e);
    }
  };
  if (items.length === 0) return null;
  return (
    <List
      size="small" header={t('pc.repair.applications')} dataSource={[...items]} data-testid="repair-applications"
      renderItem={(r) => {
        const can = new Set(r.availableActions.map((a) => a.type));
        return (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color={r.decision?.isApproved ? 'green' : r.isFinal ? 'default' : 'blue'}>{pick(r.statusLabel)}</Tag>
                {!r.isFinal && <Typography.Text type="secondary">{r.decisionDue ? t('pc.repair.submitted', { date: r.decisionDue }) : t('pc.repair.submittedNoDue')}</Typography.Text>}
              </Space>
              {r.decision && <Typography.Text>{fmt.labelValue(t('pc.repair.decisionReasons'), r.decision.reasons)}</Typography.Text>}
              {r.materialsRequested && r.status === 'MATERIALS_REQUESTED' && <Typography.Text>{fmt.labelValue(t('pc.repair.materialsRequested'), r.materialsRequested)}</Typography.Text>}
              {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} />}
              {can.has('MATERIALS_PROVIDED') && (
                <Space.Compact style={{ width: '100%' }}>
                  <Input.TextArea rows={2} value={evidence} onChange={(e) => setEvidence(e.target.value)} aria-label={t('pc.repair.provide')} />
                  <Button onClick={() => void act(r, 'MATERIALS_PROVIDED')}>{t('pc.repair.provide')}</Button>
                </Space.Compact>
              )}
              {can.has('WITHDRAWN') && <Button size="small" onClick={() => void act(r, 'WITHDRAWN')}>{t('pc.repair.withdraw')}</Button>}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
