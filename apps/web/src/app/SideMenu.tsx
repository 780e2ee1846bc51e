import type { ReactNode } from 'react';
import { Menu } from 'antd';
import { ApartmentOutlined, BankOutlined, HomeOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { menuFor, selectedMenuPath, type MenuIcon } from './navigation';
import type { Me } from '../api/types';

const ICONS: Readonly<Record<MenuIcon, ReactNode>> = {
  home: <HomeOutlined />,
  enterprise: <BankOutlined />,
  search: <SearchOutlined />,
  department: <TeamOutlined />,
  departments: <ApartmentOutlined />,
};

/** `onChoose`: called when an entry is chosen (a phone folds its drawer away, also when the entry is the current page). */
export function SideMenu({ me, onChoose }: { me: Me; onChoose?: () => void }) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const entries = menuFor(me);
  const selected = selectedMenuPath(entries, pathname);
  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-menu"
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        navigate(key);
        onChoose?.();
      }}
      items={entries.map((entry) => ({
        key: entry.path,
        icon: entry.iconNode ?? (entry.icon ? ICONS[entry.icon] : undefined),
        label: entry.labelKey ? t(entry.labelKey) : entry.label ? pick(entry.label) : entry.path,
      }))}
    />
  );
}
