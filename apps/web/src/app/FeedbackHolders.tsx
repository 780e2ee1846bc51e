import { useEffect } from 'react';
import { Modal, message, notification } from 'antd';
import type { useAppProps } from 'antd/es/app/context';

/** The real message, notification and modal of the signed-in app, loaded on their first use (app/Feedback.tsx). */
export function FeedbackHolders({ onReady }: { onReady(feedback: useAppProps): void }) {
  const [messageApi, messageHolder] = message.useMessage();
  const [notificationApi, notificationHolder] = notification.useNotification();
  const [modalApi, modalHolder] = Modal.useModal();
  useEffect(() => onReady({ message: messageApi, notification: notificationApi, modal: modalApi }), [onReady, messageApi, notificationApi, modalApi]);
  return (
    <>
      {modalHolder}
      {messageHolder}
      {notificationHolder}
    </>
  );
}
