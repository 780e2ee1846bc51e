import type { ReactNode } from 'react';

/**
 * A value that is a code on purpose — a department number, a user name, a USCC — in a field
 * labelled as such. Set in a fixed-width face and marked `data-code`, so the browser test that
 * fails on internal codes elsewhere on screen (`apps/web/e2e/role-menus.test.ts`) leaves it alone.
 */
export function CodeText({ children }: { children: ReactNode }) {
  return (
    <span className="mono" data-code="">
      {children}
    </span>
  );
}
