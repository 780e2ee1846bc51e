import { useParams } from 'react-router';
import { EnterpriseView } from './EnterpriseView';
import { NotFoundResult } from '../errors/NotFoundResult';

/** `/enterprises/:uscc`: an officer's read-only view of one enterprise. */
export function EnterpriseDetailPage() {
  const { uscc } = useParams();
  if (!uscc) return <NotFoundResult />;
  return <EnterpriseView uscc={uscc} allowEdit={false} />;
}
