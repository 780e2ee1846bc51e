import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import AppContext, { type useAppProps } from 'antd/es/app/context';

type Feedback = useAppProps;
type Part = keyof Feedback;

/** The calls the pages make (App.useApp()); each is passed on once the real message, notification and modal are loaded. */
const METHODS: Readonly<Record<Part, readonly string[]>> = {
  message: ['open', 'success', 'error', 'info', 'warning', 'loading', 'destroy'],
  notification: ['open', 'success', 'error', 'info', 'warning', 'destroy'],
  modal: ['info', 'success', 'error', 'warning', 'warn', 'confirm'],
};

const FeedbackHolders = lazy(() => import('./FeedbackHolders').then((m) => ({ default: m.FeedbackHolders })));

interface Bridge {
  feedback: Feedback;
  ready(feedback: Feedback): void;
}

function bridge(want: () => void): Bridge {
  let ready!: (feedback: Feedback) => void;
  const loaded = new Promise<Feedback>((resolve) => (ready = resolve));
  const part = (name: Part) =>
    Object.fromEntries(
      METHODS[name].map((method) => [
        method,
        (...args: unknown[]) => {
          want();
          void loaded.then((real) => (real[name] as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args));
        },
      ]),
    );
  const feedback = { message: part('message'), notification: part('notification'), modal: part('modal') } as unknown as Feedback;
  return { feedback, ready };
}

/**
 * antd's App for the signed-in app — message, notification and modal, which pages read with
 * `App.useApp()` — without their code in the first load: the context holds stand-ins, and the first
 * call loads the real ones (FeedbackHolders, rendered here once, so a message outlives the page that
 * showed it) and passes the call on. Their return values (a message's close handle) are not used by
 * any page. The `.app-feedback` element carries the base text style antd's App would set.
 * (apps/web/e2e/js-budget.test.ts)
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [isWanted, setWanted] = useState(false);
  const { feedback, ready } = useMemo(() => bridge(() => setWanted(true)), []);
  return (
    <AppContext.Provider value={feedback}>
      <div className="app-feedback">{children}</div>
      {isWanted && (
        <Suspense fallback={null}>
          <FeedbackHolders onReady={ready} />
        </Suspense>
      )}
    </AppContext.Provider>
  );
}
