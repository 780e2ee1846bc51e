import type { ReactNode } from 'react';

/**
 * A titled box of the front door, in plain markup: antd's Card brings Tabs, Menu and Dropdown with it,
 * which the first page has no use for (apps/web/e2e/js-budget.test.ts).
 */
export function Panel({ title, extra, children, testId }: { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="front-card" data-testid={testId}>
      <header className="front-card-head">
        <h2 className="front-card-title">{title}</h2>
        {extra}
      </header>
      <div className="front-card-body">{children}</div>
    </section>
  );
}
