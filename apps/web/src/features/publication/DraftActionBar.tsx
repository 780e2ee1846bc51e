import { Alert, App, Button, Form, Input, Modal, Space, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/error-message';
import type { Me } from '../../api/types';
import { useI18n } from '../../i18n/use-i18n';
import { useMessages } from '../../i18n/define-messages';
import { offeredSteps, type DraftStep, type OfferedStep } from './draft-actions';
import { amendDraft, publishDraft, returnDraft, submitDraft, withdrawDraft, type Draft } from './publication-api';
import { publicationMessages } from './publication-messages';
import { draftPath } from './publication-paths';

/** Runs one step on the server; a new version (amend) is returned for navigation. */
async function perform(step: Exclude<DraftStep, 'SAVE'>, id: string, note: string): Promise<Draft> {
  switch (step) {
    case 'SUBMIT':
      return submitDraft(id);
    case 'RETURN':
      return returnDraft(id, note);
    case 'PUBLISH':
      return (await publishDraft(id)).published;
    case 'AMEND':
      return amendDraft(id);
    case 'WITHDRAW':
      return withdrawDraft(id, note);
  }
}

/**
 * The lifecycle buttons of a version for this user: submit, return (with a note), publish (a second
 * official; the author sees why not), amend, withdraw (confirmed, with the reason).
 */
export function DraftActionBar({ draft, me, isDirty, onDone }: { draft: Draft; me: Me; isDirty: boolean; onDone(): void }) {
  const t = useMessages(publicationMessages);
  const { language, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState<OfferedStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const steps = offeredSteps(me, draft).filter((s) => s.step !== 'SAVE') as (OfferedStep & { step: Exclude<DraftStep, 'SAVE'> })[];
  const title = pick({ zh: draft.titleZh, en: draft.titleEn });

  const run = async (s: OfferedStep & { step: Exclude<DraftStep, 'SAVE'> }, note = '') => {
    setBusy(true);
    setFailure(null);
    try {
      const next = await perform(s.step, draft.id, note);
      setOpen(null);
      message.success(t('publication.step.done', { step: t(`publication.step.${s.step}`) }));
      if (next.id !== draft.id) navigate(draftPath(next.id));
      else onDone();
    } catch (e) {
      const text = errorMessage(e, language);
      if (s.needsNote || s.needsConfirm) setFailure(text);
      else message.error(text);
    } finally {
      setBusy(false);
    }
  };

  const start = (s: OfferedStep & { step: Exclude<DraftStep, 'SAVE'> }) => {
    if (!s.needsNote && !s.needsConfirm) {
      void run(s);
      return;
    }
    setFailure(null);
    setOpen(s);
  };

  const confirm = async () => {
    if (!open) return;
    let note = '';
    if (open.needsNote) {
      try {
        note = (await form.validateFields()).note.trim();
      } catch {
        return; // the form shows what is missing
      }
    }
    await run(open as OfferedStep & { step: Exclude<DraftStep, 'SAVE'> }, note);
  };

  if (steps.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="draft-steps">
        {steps.map((s) => {
          const blockedByEdits = isDirty && s.step === 'SUBMIT';
          return (
            <Button
              key={s.step}
              type={s.step === 'PUBLISH' || s.step === 'SUBMIT' ? 'primary' : 'default'}
              danger={s.step === 'WITHDRAW'}
              disabled={Boolean(s.refusal) || blockedByEdits}
              title={blockedByEdits ? t('publication.step.saveFirst') : s.refusal ? t('publication.step.sameOfficial') : undefined}
              onClick={() => start(s)}
              data-testid={`draft-step-${s.step}`}
            >
              {t(`publication.step.${s.step}`)}
            </Button>
          );
        })}
        {steps.some((s) => s.refusal === 'SAME_OFFICIAL') && (
          <Typography.Text type="warning" data-testid="publish-refused">{t('publication.step.sameOfficial')}</Typography.Text>
        )}
        {isDirty && steps.some((s) => s.step === 'SUBMIT') && <Typography.Text type="secondary">{t('publication.step.saveFirst')}</Typography.Text>}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`publication.step.${open.step}`) : ''}
        onCancel={() => setOpen(null)}
        onOk={() => void confirm()}
        okText={t('publication.step.confirm')}
        cancelText={t('publication.step.cancel')}
        confirmLoading={busy}
        okButtonProps={{ danger: open?.step === 'WITHDRAW', 'data-testid': 'step-confirm' } as ButtonProps}
        destroyOnHidden
      >
        {open?.step === 'PUBLISH' && <Typography.Paragraph data-testid="step-confirm-text">{t('publication.step.confirmPublish', { title })}</Typography.Paragraph>}
        {open?.step === 'WITHDRAW' && <Typography.Paragraph data-testid="step-confirm-text">{t('publication.step.confirmWithdraw', { title })}</Typography.Paragraph>}
        {open?.step === 'RETURN' && <Typography.Paragraph>{t('publication.step.returnHint')}</Typography.Paragraph>}
        {open?.needsNote && (
          <Form form={form} layout="vertical" name="draft-step" preserve={false}>
            <Form.Item name="note" label={t('publication.step.note')} rules={[{ required: true, whitespace: true, message: t('publication.step.noteRequired') }, { max: 2000 }]}>
              <Input.TextArea rows={3} data-testid="step-note" />
            </Form.Item>
          </Form>
        )}
        {failure && <Alert type="error" showIcon title={failure} data-testid="step-error" />}
      </Modal>
    </>
  );
}
