import { Dropdown, Tag, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { useAuth } from '../features/auth/use-auth';
import type { Me } from '../api/types';

/** The header's user area: name, role, unit (department, institution or enterprise) and the sign-out menu. */
export function UserBadge({ me }: { me: Me }) {
  const { t, pick } = useI18n();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const unit = me.departmentName
    ? pick(me.departmentName)
    : me.institutionName
      ? pick(me.institutionName)
      : (me.enterpriseName ?? null);
  return (
    // Opens on click (a tap on a phone, Enter or Space on the keyboard); hover alone never opens it on a touch screen.
    // A plain button, not antd's Avatar (which brings Popover for its groups): the shell's first load stays small.
    <Dropdown
      trigger={['click']}
      menu={{
        items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') }],
        onClick: async () => {
          await signOut().catch(() => undefined);
          navigate('/login', { replace: true });
        },
      }}
    >
      <button type="button" className="app-user-badge" data-testid="user-badge">
        <span className="app-user-avatar" aria-hidden>
          <UserOutlined />
        </span>
        <Typography.Text strong>{me.displayName}</Typography.Text>
        <Tag color="blue" data-testid="user-role">
          {t(`role.${me.role}`)}
        </Tag>
        {unit && (
          <Typography.Text type="secondary" data-testid="user-unit">
            {unit}
          </Typography.Text>
        )}
      </button>
    </Dropdown>
  );
}
