import { App, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { useAuth } from '../auth/use-auth';
import { ForbiddenResult } from '../errors/ForbiddenResult';
import { canDraft } from './draft-actions';
import { DraftForm } from './DraftForm';
import { emptyDraftForm } from './draft-form';
import { createDraft, type DraftContent } from './publication-api';
import { publicationMessages } from './publication-messages';
import { draftPath } from './publication-paths';
import { useConsoleReferences } from './use-console-references';

/** `/console/policies/new`: a new draft; saving it opens its page (preview, what-if, submission). */
export function NewPolicyDraftPage() {
  const t = useMessages(publicationMessages);
  const { pick } = useI18n();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const refs = useConsoleReferences(me?.jurisdiction);
  const today = new Date().toISOString().slice(0, 10);
  const initial = useMemo(() => emptyDraftForm(me?.jurisdiction ?? '', today), [me?.jurisdiction, today]);
  if (!me || !canDraft(me)) return <ForbiddenResult reason={t('publication.console.readOnly')} />;
  if (refs.isLoading) return <Spin />;
  const initialValues = refs.vocabulary ? initial : { ...initial, conditions: initial.conditions?.map((c) => ({ ...c, mode: 'TEXT' as const, when: '' })) };

  const save = async (body: DraftContent & { policyKey?: string }) => {
    const created = await createDraft(body);
    message.success(t('publication.form.created'));
    navigate(draftPath(created.id));
  };

  return (
    <div data-testid="draft-new-page">
      <Typography.Title level={3}>{t('publication.console.newTitle')}</Typography.Title>
      <DraftForm
        initial={initialValues}
        vocabulary={refs.vocabulary}
        editable
        isNew
        departmentName={me.departmentName ? pick(me.departmentName) : refs.departmentName(me.departmentId ?? '')}
        jurisdictions={refs.jurisdictions}
        onSave={save}
      />
    </div>
  );
}
