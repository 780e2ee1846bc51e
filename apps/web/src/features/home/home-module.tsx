import { HomeOutlined } from '@ant-design/icons';
import type { FeatureMenuEntry, FeatureModule } from '../../app/feature-module';
import type { Me } from '../../api/types';
import { homeNav } from './home-nav';
import { HOME_PATH, homeRoleOf } from './home-role';
import { lazyPage } from '../../app/lazy-page';

const RoleHomePage = lazyPage(() => import('./RoleHomePage'), 'RoleHomePage');

/** The home (工作台) comes first in the menu of every role that has one, so signing in lands there. */
export function homeMenu(me: Me): FeatureMenuEntry[] {
  if (me.mustChangePassword || !homeRoleOf(me)) return [];
  return [{ path: HOME_PATH, label: { zh: homeNav.zh['home.menu'], en: homeNav.en['home.menu'] }, icon: <HomeOutlined />, order: 1 }];
}

/** Home pages per role (issue 19); the public front door at `/` is shown by app/App.tsx before the signed-in app loads. */
export const homeModule: FeatureModule = {
  id: 'home',
  messages: () => import('./home-messages').then((m) => m.homeMessages),
  routes: [{ path: 'home', element: <RoleHomePage /> }],
  menu: homeMenu,
  breadcrumbs: (parts) => (parts[0] === 'home' && parts.length === 1 ? [] : null),
};
