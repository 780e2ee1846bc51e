import { Alert, App, Button, Card, Checkbox, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { registerVisit, type PlanDetail, type RegisteredVisit } from './inspections-api';
import { inspectionsMessages } from './inspections-messages';

/** The enterprise an enterprise code (`E1.<USCC>.<mac>`) names; the server checks the signature. */
const usccOfCode = (code: string) => {
  const parts = code.trim().split('.');
  return parts.length === 3 && parts[0] === 'E1' ? parts[1]! : null;
};

/**
 * 扫码入企 on a drawn plan: the inspector scans (or pastes) the enterprise's code; the drawn
 * inspectors of that target are offered (at least two go); registering gives the task code (QR)
 * that the enterprise scans.
 */
export function RegisterVisitCard({ plan, onRegistered }: { plan: PlanDetail; onRegistered: () => void }) {
  const t = useMessages(inspectionsMessages);
  const { language } = useI18n();
  const { message } = App.useApp();
  const [code, setCode] = useState('');
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [visit, setVisit] = useState<RegisteredVisit | null>(null);
  const [isBusy, setBusy] = useState(false);
  const uscc = usccOfCode(code);
  const target = uscc ? plan.targets.find((x) => x.uscc === uscc) : undefined;
  const inspectorIds = chosen ?? target?.inspectors.map((i) => i.id) ?? [];

  const submit = async () => {
    setBusy(true);
    try {
      setVisit(await registerVisit({ enterpriseCode: code.trim(), planId: plan.planId, inspectorIds }));
      message.success(t('insp.visit.registered'));
      onRegistered();
    } catch (e) {
      message.error(errorMessage(e, language));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('insp.visit.title')} style={{ marginTop: 16 }} data-testid="register-visit" data-state={visit ? 'registered' : 'open'}>
      <Typography.Paragraph type="secondary">{t('insp.visit.intro')}</Typography.Paragraph>
      <Input
        aria-label={t('insp.visit.code')}
        placeholder={t('insp.visit.code')}
        value={code}
        onChange={(e) => { setCode(e.target.value); setChosen(null); setVisit(null); }}
        data-testid="visit-enterprise-code"
      />
      {code.trim() !== '' && !target && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={t('insp.visit.notTarget')} />}
      {target && (
        <Space direction="vertical" style={{ marginTop: 8, width: '100%' }}>
          <Typography.Text strong>{target.enterpriseName ?? ''}</Typography.Text>
          <Checkbox.Group
            value={inspectorIds}
            onChange={(v) => setChosen(v as string[])}
            options={target.inspectors.map((i) => ({ value: i.id, label: i.name ?? i.id }))}
            data-testid="visit-inspectors"
          />
          <Button type="primary" onClick={() => void submit()} loading={isBusy} disabled={inspectorIds.length < 2 || visit !== null} data-testid="visit-register">{t('insp.visit.register')}</Button>
        </Space>
      )}
      {visit && (
        <div style={{ marginTop: 16 }}>
          <Typography.Paragraph>{t('insp.visit.showCode')}</Typography.Paragraph>
          <img alt={t('insp.visit.qr')} width={200} height={200} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(visit.svg)}`} />
          <Typography.Paragraph copyable={{ text: visit.taskCode }} data-testid="visit-task-code" data-code={visit.taskCode}>{t('insp.visit.copyCode')}</Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}
