import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * With HUIQI_E2E_SCREENSHOTS=1 the browser tests save full-page PNGs for a person to look at,
 * outside the repository (in the system temp folder). Otherwise this does nothing.
 */
export async function screenshot(page: Page, name: string): Promise<string | null> {
  if (process.env.HUIQI_E2E_SCREENSHOTS !== '1') return null;
  const dir = join(tmpdir(), 'huiqi-e2e-screenshots');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
