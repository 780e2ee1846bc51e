import { useState } from 'react';
import { useAuth } from '../auth/use-auth';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { formatFenAsWanYuan, parseYuanToFen } from '../../format/money';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { LoadFailure } from '../errors/LoadFailure';
import { fundsMessages } from './funds-messages';
import { createFund, decideBudget, fetchFundLinks, fetchFunds, fetchLinkablePolicies, proposeBudget, saveFundLink, type FundLink, type FundRow } from './funds-api';
import { pick } from './admin-text';
import { useFormat } from '../../i18n/format-messages';

/** 万元 typed by a person → fen, exactly (null when not an amount). */
const wanToFen = (text: string): number | null => {
  const r = parseYuanToFen(text);
  return r.ok ? r.fen * 10_000 : null;
};

/** 资金管理: funds and yearly budgets (four-eyes above the threshold), and which fund pays which policy, with 免申即享 on/off and the per-enterprise cap. */
export function FundsAdminPage() {
  const t = useMessages(fundsMessages);
  const { language } = useI18n();
  const f = useFormat();
  const { message } = App.useApp();
  // Auditors read this page; only SME-bureau officers manage funds (the server refuses everyone else).
  const canManage = useAuth().me?.role === 'SME_BUREAU';
  const funds = useApi(fetchFunds, []);
  const links = useApi(fetchFundLinks, []);
  const linkable = useApi(fetchLinkablePolicies, []);
  const [dialog, setDialog] = useState<{ kind: 'fund' } | { kind: 'budget'; fund: FundRow } | { kind: 'link'; link?: FundLink } | null>(null);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [form] = Form.useForm();
  if (funds.error) return <LoadFailure error={funds.error} onRetry={funds.reload} />;

  const reloadAll = () => { funds.reload(); links.reload(); };
  const open = (d: NonNullable<typeof dialog>) => {
    setFailure(undefined);
    form.resetFields();
    if (d.kind === 'link' && d.link) form.setFieldsValue({ policyId: d.link.policyId, fundId: d.link.fundId, noApplication: d.link.channel === 'NO_APPLICATION', capWan: d.link.capFen ? String(d.link.capFen / 1_000_000) : '' });
    if (d.kind === 'fund') form.setFieldsValue({ year: new Date().getFullYear(), jurisdiction: 'cn-gd-sz', departmentId: 'dept-sme' });
    setDialog(d);
  };
  const onFinish = async (v: Record<string, string | number | boolean | undefined>) => {
    setFailure(undefined);
    try {
      if (dialog?.kind === 'fund') {
        const r = await createFund({ id: String(v.id).trim(), nameZh: String(v.nameZh), jurisdiction: String(v.jurisdiction), departmentId: String(v.departmentId), year: Number(v.year), budgetFen: wanToFen(String(v.budgetWan)) ?? 0 });
        void message.success(r.budgetChange?.status === 'PENDING' ? t('funds.pendingNotice') : t('funds.saved'));
      } else if (dialog?.kind === 'budget') {
        const r = await proposeBudget(dialog.fund.id, { newBudgetFen: wanToFen(String(v.budgetWan)) ?? 0, reason: String(v.reason) });
        void message.success(r.status === 'PENDING' ? t('funds.pendingNotice') : t('funds.saved'));
      } else if (dialog?.kind === 'link') {
        const cap = v.capWan ? wanToFen(String(v.capWan)) : null;
        await saveFundLink(String(v.policyId), { fundId: String(v.fundId), channel: v.noApplication ? 'NO_APPLICATION' : 'ONLINE_APPLICATION', capFen: cap });
        void message.success(t('funds.saved'));
      }
      setDialog(null);
      reloadAll();
    } catch (e) {
      setFailure(e);
    }
  };
  const decide = async (f: FundRow, approve: boolean) => {
    try {
      await decideBudget(f.id, f.pendingChange!.id, approve);
      void message.success(t('funds.saved'));
    } catch (e) {
      void message.error(errorMessage(e, language));
    }
    reloadAll();
  };
  const wanRule = { validator: async (_: unknown, v?: string) => { if (v && wanToFen(v) === null) throw new Error(t('funds.wanInvalid')); } };
  const required = { required: true, message: t('funds.required') };
  const fundOptions = (funds.data?.items ?? []).map((fund) => ({ value: fund.id, label: f.withNote(pick(fund.name, language), fund.year) }));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={2}>{t('funds.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('funds.intro', { threshold: formatFenAsWanYuan(funds.data?.thresholdFen ?? 0) })}</Typography.Paragraph>
      {canManage && <Button type="primary" onClick={() => open({ kind: 'fund' })} data-testid="fund-add">{t('funds.add')}</Button>}
      <Table<FundRow>
        rowKey="id" loading={funds.isLoading} dataSource={funds.data?.items ?? []} scroll={{ x: true }} pagination={false} data-testid="fund-table"
        columns={[
          { title: t('funds.name'), render: (_, f) => pick(f.name, language) },
          { title: t('funds.year'), dataIndex: 'year', filters: [...new Set((funds.data?.items ?? []).map((f) => f.year))].map((y) => ({ value: y, text: String(y) })), onFilter: (v, f) => f.year === v },
          { title: t('funds.budget'), align: 'right', render: (_, f) => formatFenAsWanYuan(f.budgetFen) },
          { title: t('funds.committed'), align: 'right', render: (_, f) => formatFenAsWanYuan(f.committedFen) },
          { title: t('funds.remaining'), align: 'right', render: (_, f) => formatFenAsWanYuan(f.budgetFen - f.committedFen) },
          {
            title: t('funds.pending'),
            render: (_, f) => (f.pendingChange ? (
              <Space direction="vertical" size={4}>
                <span>{t('funds.pendingText', { to: formatFenAsWanYuan(f.pendingChange.newBudgetFen), who: f.pendingChange.proposedByName })}</span>
                {canManage && <Space>
                  <Popconfirm title={t('funds.approveConfirm')} onConfirm={() => decide(f, true)} okText={t('funds.approve')} cancelText={t('funds.cancel')}>
                    <Button size="small" type="primary" data-testid={`fund-approve-${f.id}`}>{t('funds.approve')}</Button>
                  </Popconfirm>
                  <Popconfirm title={t('funds.rejectConfirm')} onConfirm={() => decide(f, false)} okText={t('funds.reject')} cancelText={t('funds.cancel')}>
                    <Button size="small" danger>{t('funds.reject')}</Button>
                  </Popconfirm>
                </Space>}
              </Space>
            ) : '—'),
          },
          ...(canManage ? [{ title: t('funds.actions'), render: (_: unknown, f: FundRow) => <Button size="small" onClick={() => open({ kind: 'budget', fund: f })} disabled={!!f.pendingChange}>{t('funds.changeBudget')}</Button> }] : []),
        ]}
      />
      <Typography.Title level={3}>{t('funds.links')}</Typography.Title>
      {canManage && <Button onClick={() => open({ kind: 'link' })} data-testid="link-add">{t('funds.linkAdd')}</Button>}
      <Table<FundLink>
        rowKey="policyId" loading={links.isLoading} dataSource={links.data?.items ?? []} scroll={{ x: true }} pagination={false} data-testid="link-table"
        columns={[
          { title: t('funds.policy'), render: (_, l) => pick(l.title, language) },
          { title: t('funds.source'), render: (_, l) => (l.source === 'CONSOLE' ? <Tag color="blue">{t('funds.sourceConsole')}</Tag> : <Tag>{t('funds.sourceRules')}</Tag>) },
          { title: t('funds.fund'), render: (_, l) => f.withNote(pick(l.fundName, language), l.fundYear) },
          { title: t('funds.channel'), render: (_, l) => (l.channel === 'NO_APPLICATION' ? <Tag color="green">{t('funds.noApplication')}</Tag> : <Tag>{t('funds.online')}</Tag>) },
          { title: t('funds.cap'), align: 'right', render: (_, l) => (l.capFen ? formatFenAsWanYuan(l.capFen) : l.capParam ? t('funds.capByRules') : '—') },
          ...(canManage ? [{ title: t('funds.actions'), render: (_: unknown, l: FundLink) => <Button size="small" onClick={() => open({ kind: 'link', link: l })}>{t('funds.edit')}</Button> }] : []),
        ]}
      />
      <Modal open={dialog !== null} title={dialog?.kind === 'fund' ? t('funds.add') : dialog?.kind === 'budget' ? t('funds.changeBudget') : t('funds.linkAdd')} okText={t('funds.save')} cancelText={t('funds.cancel')} onOk={() => form.submit()} onCancel={() => setDialog(null)} destroyOnHidden forceRender>
        {failure !== undefined && <Alert type="error" showIcon title={errorMessage(failure, language)} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          {dialog?.kind === 'fund' && (<>
            <Form.Item name="id" label={t('funds.id')} extra={t('funds.idHelp')} rules={[required, { pattern: /^[a-z0-9][a-z0-9-]{0,63}$/, message: t('funds.idHelp') }]}><Input data-testid="fund-id" /></Form.Item>
            <Form.Item name="nameZh" label={t('funds.name')} rules={[required]}><Input maxLength={100} data-testid="fund-name" /></Form.Item>
            <Form.Item name="year" label={t('funds.year')} rules={[required]}><InputNumber min={2000} max={2200} style={{ width: '100%' }} /></Form.Item>
            <Form.Item name="departmentId" label={t('funds.department')} extra={t('funds.departmentHelp')} rules={[required]}><Input /></Form.Item>
            <Form.Item name="jurisdiction" label={t('funds.jurisdiction')} rules={[required]}><Input /></Form.Item>
          </>)}
          {dialog?.kind !== 'link' && (<>
            <Form.Item name="budgetWan" label={t('funds.budgetWan')} rules={[required, wanRule]}><Input suffix={f.wanYuan()} data-testid="fund-budget" /></Form.Item>
            {dialog?.kind === 'budget' && <Form.Item name="reason" label={t('funds.reason')} rules={[required]}><Input.TextArea maxLength={500} /></Form.Item>}
          </>)}
          {dialog?.kind === 'link' && (<>
            <Form.Item name="policyId" label={t('funds.policy')} rules={[required]}>
              <Select showSearch optionFilterProp="label" disabled={!!dialog.link} data-testid="link-policy"
                options={(linkable.data?.items ?? []).filter((p) => p.hasAmount).map((p) => ({ value: p.policyId, label: p.source === 'CONSOLE' ? f.withNote(pick(p.title, language), t('funds.sourceConsole')) : pick(p.title, language) }))} />
            </Form.Item>
            <Form.Item name="fundId" label={t('funds.fund')} rules={[required]}><Select options={fundOptions} data-testid="link-fund" /></Form.Item>
            <Form.Item name="noApplication" label={t('funds.noApplication')} valuePropName="checked" extra={t('funds.noApplicationHelp')}><Switch /></Form.Item>
            <Form.Item name="capWan" label={t('funds.capWan')} rules={[wanRule]}><Input suffix={f.wanYuan()} /></Form.Item>
          </>)}
        </Form>
      </Modal>
    </Space>
  );
}
