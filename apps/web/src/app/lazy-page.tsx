import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import { Skeleton } from 'antd';

/**
 * A page whose code is loaded when it is first shown: `const XPage = lazyPage(() => import('./XPage'), 'XPage')`
 * in a feature module instead of a static import, so the app's first load carries no feature's pages,
 * and a library only some pages use (ECharts) comes with those pages (apps/web/e2e/js-budget.test.ts).
 * (`any`: a page of any props; the props are kept by ComponentProps.)
 */
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends string>(load: () => Promise<M>, name: K): ComponentType<ComponentProps<M[K]>> {
  const Lazy = lazy(() => load().then((m) => ({ default: m[name] })));
  function LazyPage(props: ComponentProps<M[K]>) {
    return (
      <Suspense fallback={<Skeleton active />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `lazyPage(${name})`;
  return LazyPage;
}
