import { PassThrough } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import { AppProviders, AppRoutesLazy } from '../app/App';
import { FrontDoor } from '../features/home/FrontDoor';
import type { FirstPageSeed } from '../app/first-page-seed';

export { firstPageData } from '../app/first-page-data';

/**
 * Draws a first page on the server (apps/server/src/first-page-render.ts) as the app would draw it in
 * the browser from the same seed: the page's HTML, and antd's styles for it (`<style>` elements), so
 * that a phone shows the page as soon as the HTML has arrived, before any script has run. The browser
 * then takes the page over (main.tsx, hydration). Waits for the pages' lazily loaded code.
 */
export async function renderFirstPage(url: string, seed: FirstPageSeed): Promise<{ html: string; styles: string }> {
  const cache = createCache();
  const { prelude } = await prerenderToNodeStream(
    <StyleProvider cache={cache}>
      <AppProviders seed={seed}>
        <StaticRouter location={url}>
          <FrontDoor app={<AppRoutesLazy />} />
        </StaticRouter>
      </AppProviders>
    </StyleProvider>,
    // Every boundary in place: no inline scripts that move content (the CSP allows none).
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  let html = '';
  for await (const chunk of prelude.pipe(new PassThrough())) html += String(chunk);
  return { html, styles: extractStyle(cache) };
}
