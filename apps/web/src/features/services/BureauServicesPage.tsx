import { Space } from 'antd';
import { useAuth } from '../auth/use-auth';
import { ProgrammesCard } from './ProgrammesCard';
import { ProviderReviewCard } from './ProviderReviewCard';

/** The SME bureau's console: provider review and rating, programmes and their budgets (auditors read). */
export function BureauServicesPage() {
  const canEdit = useAuth().me?.role === 'SME_BUREAU';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <ProviderReviewCard />
      <ProgrammesCard canEdit={canEdit} />
    </Space>
  );
}
