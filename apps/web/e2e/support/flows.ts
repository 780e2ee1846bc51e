import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'huiqi-demo';

/** Signs in through the login form and waits until the app frame is shown (its header's user badge: on a phone the side menu is folded away). */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('user-badge').waitFor();
}
