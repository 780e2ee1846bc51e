import type { ReactNode } from 'react';
import { Button, Popconfirm, type ButtonProps } from 'antd';
import { useI18n } from '../i18n/use-i18n';

/**
 * A button for an action on many records at once (a payment batch, a batch approval, a data
 * comparison): it asks first, saying what will happen, and acts only on 确定. The question's
 * OK button carries `data-testid="<testId>-ok"`.
 */
export function ConfirmedButton({ testId, question, onConfirm, children, ...button }: { testId: string; question: ReactNode; onConfirm(): void; children: ReactNode } & Omit<ButtonProps, 'onClick'>) {
  const { t } = useI18n();
  return (
    <Popconfirm
      title={question}
      onConfirm={onConfirm}
      okText={t('confirm.ok')}
      cancelText={t('confirm.cancel')}
      okButtonProps={{ 'data-testid': `${testId}-ok` } as ButtonProps}
    >
      <Button data-testid={testId} {...button}>{children}</Button>
    </Popconfirm>
  );
}
