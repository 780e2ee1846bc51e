import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';

/**
 * Takes over a first page the server drew (apps/server/src/first-page-render.ts): the page's code,
 * which the server announced as module preloads, is loaded first, so that React takes the whole page
 * over in one go instead of part by part; then React attaches to the drawn elements (hydration). Until
 * every element is React's, the page is shown but takes no input (the server draws `#root` inert): a
 * form filled or sent before would lose what was typed, or be sent by the browser itself.
 */
export async function takeOverDrawnPage(root: HTMLElement, app: ReactNode): Promise<void> {
  const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href);
  await Promise.all(preloads.map((href) => import(/* @vite-ignore */ href).catch(() => undefined)));
  const drawn = [...root.querySelectorAll('*')];
  // A part drawn differently from what the app draws is drawn again by React (the page flickers): said
  // in the console, where the browser tests look for it (apps/web/e2e/first-page-drawn.test.ts).
  hydrateRoot(root, app, {
    onRecoverableError: (error, info) => console.error('Huiqi: the drawn page was not taken over as drawn', error, info.componentStack ?? ''),
  });
  await everyElementTakenOver(drawn);
  root.removeAttribute('inert');
}

/** React marks each element it owns with a property named `__reactFiber$…` (react-dom's own key). */
const isReacts = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'));

/**
 * Resolves once React owns every element the server drew (or has replaced it), checked once a frame.
 * Only those: a chart adds elements of its own that React never owns.
 */
function everyElementTakenOver(drawn: readonly Element[]): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (drawn.every((element) => !element.isConnected || isReacts(element))) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}
