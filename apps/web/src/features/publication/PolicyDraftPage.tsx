import { Alert, App, Card, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useApi } from '../../api/use-api';
import { formatTimestamp } from '../../format/timestamp';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { LoadFailure } from '../errors/LoadFailure';
import { DraftActionBar } from './DraftActionBar';
import { isEditable } from './draft-actions';
import { DraftForm } from './DraftForm';
import { formFromDraft } from './draft-form';
import { DraftTimeline } from './DraftTimeline';
import { fetchDraft, updateDraft, type DraftContent } from './publication-api';
import { publicationMessages } from './publication-messages';
import { ReachPreviewPanel } from './ReachPreviewPanel';
import { StatusTag } from './StatusTag';
import { useConsoleReferences } from './use-console-references';
import { useOfficerNames } from './use-officer-names';
import { WhatIfPanel } from './WhatIfPanel';

/**
 * `/console/policies/:id`: one policy version — its content (editable while DRAFTED by its
 * department), the lifecycle steps, the reach preview, the what-if and the action history.
 */
export function PolicyDraftPage() {
  const { id = '' } = useParams();
  const t = useMessages(publicationMessages);
  const { pick, language } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const { data, error, reload } = useApi(() => fetchDraft(id), [id]);
  const refs = useConsoleReferences(me?.jurisdiction);
  const officers = useOfficerNames(data?.draft.departmentId);
  const [isDirty, setDirty] = useState(false);
  const [date, setDate] = useState('');

  if (error) return <LoadFailure error={error} onRetry={reload} />;
  if (!data || !me || refs.isLoading) return <Spin />;
  const { draft, actions } = data;
  const editable = isEditable(me, draft);

  const save = async (body: DraftContent) => {
    await updateDraft(draft.id, body);
    message.success(t('publication.form.saved'));
    setDirty(false);
    reload();
  };

  return (
    <div data-testid="draft-page" data-draft-id={draft.id} data-policy-key={draft.policyKey}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <div>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="draft-title">{pick({ zh: draft.titleZh, en: draft.titleEn })}</Typography.Title>
            <StatusTag status={draft.status} testId="draft-status" />
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
            {t('publication.detail.meta', { key: draft.policyKey, version: draft.version, department: refs.departmentName(draft.departmentId) })}
            {' · '}
            {refs.jurisdictionName(draft.jurisdiction)}
            {draft.publishedAt ? ` · ${t('publication.detail.publishedAt', { at: formatTimestamp(draft.publishedAt, language) })}` : ''}
          </Typography.Paragraph>
        </div>
        <DraftActionBar draft={draft} me={me} isDirty={isDirty} onDone={reload} />
        {!editable && draft.status === 'DRAFTED' && <Alert type="info" showIcon title={t('publication.console.readOnly')} />}
        <Tabs
          destroyOnHidden={false}
          items={[
            {
              key: 'content',
              label: <span data-testid="draft-tab-content">{t('publication.detail.content')}</span>,
              children: (
                <DraftForm
                  key={`${draft.id}-${draft.updatedAt}`}
                  initial={formFromDraft(draft, refs.vocabulary)}
                  vocabulary={refs.vocabulary}
                  editable={editable}
                  isNew={false}
                  departmentName={refs.departmentName(draft.departmentId)}
                  jurisdictions={editable ? refs.jurisdictions : [{ value: draft.jurisdiction, label: refs.jurisdictionName(draft.jurisdiction) }]}
                  onSave={save}
                  onDirtyChange={setDirty}
                />
              ),
            },
            {
              key: 'preview',
              label: <span data-testid="draft-tab-preview">{t('publication.preview.title')}</span>,
              children: (
                <Space direction="vertical" style={{ width: '100%' }} size="large">
                  <ReachPreviewPanel draftId={draft.id} date={date} onDate={setDate} isDirty={isDirty} />
                  <WhatIfPanel key={`${draft.id}-${draft.updatedAt}`} draft={draft} date={date} isDirty={isDirty} />
                </Space>
              ),
            },
            {
              key: 'history',
              label: <span data-testid="draft-tab-history">{t('publication.detail.history')}</span>,
              children: (
                <Card>
                  <DraftTimeline actions={actions} myId={me.id} names={officers.names} />
                </Card>
              ),
            },
          ]}
        />
      </Space>
    </div>
  );
}
