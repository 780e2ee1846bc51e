import { useMessages } from '../../i18n/define-messages';
import { PublicPage } from '../home/PublicPage';
import { PublicProcurementPage } from './PublicProcurementPage';
import { procurementMessages } from './procurement-messages';

/** `/procurement/public/*`: public; inside the app frame when signed in, the public frame otherwise. */
export function ProcurementPublicRoutes() {
  const t = useMessages(procurementMessages);
  return (
    <PublicPage section={t('proc.public.title')} testId="procurement-public-layout">
      <PublicProcurementPage />
    </PublicPage>
  );
}
