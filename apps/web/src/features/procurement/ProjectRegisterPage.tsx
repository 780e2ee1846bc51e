import { useState } from 'react';
import { App, Button, Empty, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { fetchDepartments } from '../../api/departments';
import { errorMessage } from '../../api/error-message';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { formatFenAsYuan } from '../../format/money';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { ComplianceCard } from './ComplianceCard';
import { ProjectFormModal } from './ProjectFormModal';
import { createProject, deleteProject, fetchCompliance, fetchProjects, updateProject, type Project, type ProjectInput } from './procurement-api';
import { procurementMessages } from './procurement-messages';
import { currentYear } from './labels';

/** `/procurement/projects`: a department's projects of a year with its reserved-share card (red until met). */
export function ProjectRegisterPage() {
  const { me } = useAuth();
  const { pick, language } = useI18n();
  const { message } = App.useApp();
  const t = useMessages(procurementMessages);
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || currentYear();
  const department = search.get('department') ?? me?.departmentId ?? undefined;
  const readsAll = me?.role === 'SME_BUREAU' || me?.role === 'AUDITOR' || me?.role === 'ADMIN';
  const departments = useApi(() => (readsAll ? fetchDepartments() : Promise.resolve([])), [readsAll]);
  const chosen = department ?? departments.data?.[0]?.id;
  const projects = useApi(() => (chosen ? fetchProjects(chosen, year) : Promise.resolve(null)), [chosen, year]);
  const compliance = useApi(() => (chosen ? fetchCompliance(chosen, year) : Promise.resolve(null)), [chosen, year]);
  const [editing, setEditing] = useState<Project | null | undefined>(undefined);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(key, value);
    setSearch(next);
  };
  const reload = () => {
    projects.reload();
    compliance.reload();
  };
  const save = async (input: ProjectInput) => {
    if (editing) await updateProject(editing.id, input);
    else await createProject(year, input);
    message.success(t('proc.form.saved'));
    setEditing(undefined);
    reload();
  };
  const remove = async (p: Project) => {
    try {
      await deleteProject(p.id);
      reload();
    } catch (e) {
      message.error(errorMessage(e, language));
    }
  };

  const failure = projects.error ?? compliance.error;
  const canManage = projects.data?.canManage ?? false;
  return (
    <div data-testid="procurement-register">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('proc.register.title')}</Typography.Title>
        <Space wrap>
          {readsAll && (
            <Select
              style={{ width: 240 }}
              value={chosen}
              placeholder={t('proc.register.department')}
              aria-label={t('proc.register.department')}
              options={(departments.data ?? []).map((d) => ({ value: d.id, label: pick(d.name) }))}
              onChange={(v: string) => set('department', v)}
            />
          )}
          <span>{t('proc.register.year')}</span>
          <InputNumber min={2000} max={2200} aria-label={t('proc.register.year')} value={year} onChange={(v) => v && set('year', String(v))} data-testid="procurement-year" />
          {canManage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="project-add">{t('proc.register.add')}</Button>}
        </Space>
      </Space>
      {failure ? <LoadFailure error={failure} onRetry={reload} /> : null}
      {compliance.data && <ComplianceCard compliance={compliance.data} />}
      <Table<Project>
        rowKey="id"
        loading={projects.isLoading}
        dataSource={projects.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('proc.register.empty')} /> }}
        pagination={false}
        data-testid="project-table"
        columns={[
          { title: t('proc.col.code'), dataIndex: 'code' },
          { title: t('proc.col.name'), dataIndex: 'name', render: (name: string, p) => <Link to={`/procurement/projects/${p.id}`}>{name}</Link> },
          { title: t('proc.col.category'), dataIndex: 'category', render: (c: Project['category']) => t(`proc.category.${c}`) },
          { title: t('proc.col.budget'), dataIndex: 'budgetFen', align: 'right', render: (v: number) => formatFenAsYuan(v) },
          { title: t('proc.col.suitable'), dataIndex: 'suitableForSme', render: (v: boolean, p) => (v ? t('proc.yes') : <span title={p.exemption?.reason}>{t('proc.no')}</span>) },
          { title: t('proc.col.reservation'), render: (_: unknown, p) => pick(p.reservationDescription) },
          { title: t('proc.col.reserved'), dataIndex: 'reservedFen', align: 'right', render: (v: number) => formatFenAsYuan(v) },
          { title: t('proc.col.smallMicro'), dataIndex: 'smallMicroFen', align: 'right', render: (v: number) => formatFenAsYuan(v) },
          ...(canManage
            ? [{
                title: t('proc.col.actions'),
                render: (_: unknown, p: Project) => (
                  <Space>
                    <Button size="small" onClick={() => setEditing(p)} data-testid={`project-edit-${p.code}`}>{t('proc.action.edit')}</Button>
                    <Popconfirm title={t('proc.action.deleteConfirm')} onConfirm={() => void remove(p)}>
                      <Button size="small" danger>{t('proc.action.delete')}</Button>
                    </Popconfirm>
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      <ProjectFormModal open={editing !== undefined} project={editing ?? null} onCancel={() => setEditing(undefined)} onSave={save} />
    </div>
  );
}
