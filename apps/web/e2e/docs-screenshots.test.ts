import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSuite } from './support/browser-suite';
import { logIn } from './support/flows';
import { settled, sidewaysScroll } from './support/menu-walk';
import { REPO_ROOT } from './support/repo-root';

/**
 * The screenshots of the README (docs/screenshots/), taken from the demo city: the enterprise's
 * home, 我的政策, the bureau's home and the public front door, each at 1440 px (desktop) and
 * 390 px (phone). Opt-in — it writes into the repository:
 *
 *   npm run build:web && HUIQI_DOCS_SCREENSHOTS=1 npx vitest run apps/web/e2e/docs-screenshots.test.ts
 *
 * The visible window only (not the full page), at device scale 1, so each PNG stays small.
 */
const SLOW = 600_000;
const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const ENABLED = process.env.HUIQI_DOCS_SCREENSHOTS === '1';

interface Shot {
  name: string;
  /** Who is signed in (null: a visitor). */
  user: string | null;
  path: string;
  /** What shows that the page has drawn its content. */
  ready: string;
}

const SHOTS: readonly Shot[] = [
  { name: 'enterprise-home', user: 'enterprise', path: '/home', ready: 'home-enterprise-card' },
  { name: 'my-policies', user: 'enterprise', path: '/me/policies', ready: 'section-NOT_IN_FORCE' },
  { name: 'bureau-home', user: 'bureau', path: '/home', ready: 'home-bureau' },
  { name: 'public-home', user: null, path: '/', ready: 'front-door' },
];

async function take(page: Page, shot: Shot, width: number): Promise<void> {
  await page.goto(shot.path);
  await page.getByTestId(shot.ready).first().waitFor();
  await settled(page);
  expect(await sidewaysScroll(page), `${shot.name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(OUT, `${shot.name}-${width}.png`), animations: 'disabled', caret: 'hide' });
}

describe.skipIf(!ENABLED)('README screenshots (HUIQI_DOCS_SCREENSHOTS=1)', () => {
  const { open, openPhone } = useBrowserSuite(SLOW);

  it('takes the enterprise home, 我的政策, the bureau home and the public home at 1440 and 390 px', async () => {
    await mkdir(OUT, { recursive: true });
    for (const shot of SHOTS) {
      const desktop = await open();
      await desktop.setViewportSize({ width: 1440, height: 900 });
      if (shot.user) await logIn(desktop, shot.user);
      await take(desktop, shot, 1440);
      await desktop.context().close();

      const phone = await openPhone();
      if (shot.user) await logIn(phone, shot.user);
      await take(phone, shot, 390);
      await phone.context().close();
    }
  }, SLOW);
});
