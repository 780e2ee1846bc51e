import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useApi } from '../../api/use-api';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { declarationDownloadUrl, fetchMyDeclarations, fetchPublicProjects, issueDeclaration, previewDeclaration, type Category, type Declaration, type DeclarationQuery } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { currentYear, todayInChina } from './labels';

type Values = { project?: string; category?: Category; projectName?: string; purchaser?: string; items?: string; industry?: string; size?: 'medium' | 'small' | 'micro'; date?: string };

const clean = (v: Values): DeclarationQuery => Object.fromEntries(Object.entries(v).filter(([, x]) => typeof x === 'string' && x.trim() !== '').map(([k, x]) => [k, (x as string).trim()])) as DeclarationQuery;

/** `/procurement/declaration`: an enterprise makes its 中小企业声明函 from registry data, previews, downloads and issues it. */
export function DeclarationPage() {
  const { pick, language } = useI18n();
  const t = useMessages(procurementMessages);
  const [form] = Form.useForm<Values>();
  const projects = useApi(() => fetchPublicProjects(currentYear()), []);
  const mine = useApi(fetchMyDeclarations, []);
  const [preview, setPreview] = useState<Declaration | null>(null);
  const [query, setQuery] = useState<DeclarationQuery | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);

  const run = async (issue: boolean) => {
    setFailure(null);
    setIssued(null);
    const q = clean(form.getFieldsValue());
    try {
      const d = issue ? await issueDeclaration(q) : await previewDeclaration(q);
      setPreview(d);
      setQuery(q);
      if (issue && d.id) {
        setIssued(d.id);
        mine.reload();
      }
    } catch (e) {
      setPreview(null);
      setFailure(errorMessage(e, language));
    }
  };

  return (
    <div data-testid="procurement-declaration">
      <Typography.Title level={3}>{t('proc.decl.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('proc.decl.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" initialValues={{ date: todayInChina() }}>
          <Space wrap align="start">
            <Form.Item name="project" label={t('proc.decl.project')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ width: 360 }}
                data-testid="decl-project"
                options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: t('proc.decl.projectOption', { department: pick(p.departmentName), name: p.name, category: t(`proc.category.${p.category}`) }) }))}
              />
            </Form.Item>
            <Form.Item name="category" label={t('proc.decl.category')}>
              <Select allowClear style={{ width: 120 }} options={(['GOODS', 'WORKS', 'SERVICES'] as const).map((c) => ({ value: c, label: t(`proc.category.${c}`) }))} data-testid="decl-category" />
            </Form.Item>
            <Form.Item name="date" label={t('proc.decl.date')}><Input style={{ width: 130 }} data-testid="decl-date" /></Form.Item>
          </Space>
          <Typography.Text type="secondary">{t('proc.decl.projectOther')}</Typography.Text>
          <Space wrap align="start">
            <Form.Item name="projectName" label={t('proc.decl.projectName')}><Input style={{ width: 260 }} data-testid="decl-project-name" /></Form.Item>
            <Form.Item name="purchaser" label={t('proc.decl.purchaser')}><Input style={{ width: 220 }} data-testid="decl-purchaser" /></Form.Item>
          </Space>
          <Space wrap align="start">
            <Form.Item name="items" label={t('proc.decl.items')}><Input style={{ width: 320 }} data-testid="decl-items" /></Form.Item>
            <Form.Item name="industry" label={t('proc.decl.industry')}><Input style={{ width: 220 }} /></Form.Item>
            <Form.Item name="size" label={t('proc.decl.size')}>
              <Select allowClear style={{ width: 150 }} options={(['medium', 'small', 'micro'] as const).map((s) => ({ value: s, label: t(`proc.size.${s}`) }))} data-testid="decl-size" />
            </Form.Item>
          </Space>
          <Space>
            <Button onClick={() => void run(false)} data-testid="decl-preview">{t('proc.decl.preview')}</Button>
            {preview && query && (
              <a href={declarationDownloadUrl(query)} download data-testid="decl-download">
                <Button icon={<DownloadOutlined />}>{t('proc.decl.download')}</Button>
              </a>
            )}
            <Button type="primary" onClick={() => void run(true)} data-testid="decl-issue">{t('proc.decl.issue')}</Button>
          </Space>
        </Form>
      </Card>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="decl-error" />}
      {issued && <Alert type="success" showIcon title={t('proc.decl.issued', { id: issued })} style={{ marginBottom: 16 }} />}
      {preview && (
        <Card style={{ marginBottom: 16 }} data-testid="decl-preview-card">
          {preview.warnings.map((w, i) => <Alert key={i} type="warning" showIcon title={pick(w)} style={{ marginBottom: 8 }} data-testid="decl-warning" />)}
          {preview.check.status === 'CONSISTENT' && <Alert type="success" showIcon title={t('proc.decl.consistent')} style={{ marginBottom: 8 }} />}
          <Typography.Title level={4} style={{ textAlign: 'center' }}>{preview.title}</Typography.Title>
          <Typography.Paragraph>{preview.opening}</Typography.Paragraph>
          <Typography.Paragraph>{preview.intro}</Typography.Paragraph>
          {preview.lines.map((l) => <Typography.Paragraph key={l.index} data-testid="decl-line">{l.text}</Typography.Paragraph>)}
          <Typography.Paragraph>{preview.closing}</Typography.Paragraph>
          <Typography.Paragraph style={{ textAlign: 'right' }}>{preview.supplierName} · {preview.date}</Typography.Paragraph>
          {preview.notes.map((n, i) => <Typography.Paragraph key={i} type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>{n}</Typography.Paragraph>)}
        </Card>
      )}
      <Card title={t('proc.decl.mine')}>
        <Table<Declaration>
          size="small"
          rowKey={(d) => d.id ?? ''}
          dataSource={mine.data ?? []}
          pagination={{ pageSize: 10 }}
          columns={[
            { title: t('proc.checks.date'), dataIndex: 'date' },
            { title: t('proc.checks.project'), render: (_: unknown, d) => `${d.purchaser} · ${d.projectName}` },
            { title: t('proc.checks.declared'), render: (_: unknown, d) => t(`proc.size.${d.check.declaredSize as 'small'}`) },
            { title: t('proc.public.declaration'), render: (_: unknown, d) => d.id && <a href={`/api/procurement/declarations/${d.id}?format=html`} download>{d.title}</a> },
          ]}
        />
      </Card>
    </div>
  );
}
