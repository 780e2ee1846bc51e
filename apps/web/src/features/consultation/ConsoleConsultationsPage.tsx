import { Card } from 'antd';
import { useMessages } from '../../i18n/define-messages';
import { consultationMessages } from './consultation-messages';
import { consolePath } from './consultation-paths';
import { ConsultationListPage } from './ConsultationListPage';
import { OpenConsultationForm } from './OpenConsultationForm';

/** 征求意见管理: every consultation (rows open the handling page) and the form to open one. */
export function ConsoleConsultationsPage() {
  const t = useMessages(consultationMessages);
  return <ConsultationListPage linkOf={consolePath} extra={<Card title={t('c.open.title')} style={{ marginBottom: 16 }}><OpenConsultationForm /></Card>} />;
}
