import { Breadcrumb } from 'antd';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/use-i18n';
import { breadcrumbsFor } from './breadcrumbs';

export function PageBreadcrumb() {
  const { t, pick } = useI18n();
  const { pathname } = useLocation();
  const crumbs = breadcrumbsFor(pathname);
  return (
    <Breadcrumb
      style={{ marginBottom: 16 }}
      items={crumbs.map((crumb, index) => {
        const label = crumb.labelKey ? t(crumb.labelKey) : crumb.label ? pick(crumb.label) : (crumb.text ?? '');
        const isLast = index === crumbs.length - 1;
        return { key: `${index}`, title: crumb.path && !isLast ? <Link to={crumb.path}>{label}</Link> : label };
      })}
    />
  );
}
