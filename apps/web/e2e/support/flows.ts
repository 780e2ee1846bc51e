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

/**
 * Signs in through the API, as the login form does, without loading a page: the session cookie lands
 * in the page's browser context, so the test's next `goto` opens the app signed in. For tests whose
 * subject is not the sign-in form (that form is tested by `logIn` in portal, home and accounts):
 * each sign-in through the form costs Chromium two page loads and the server the home page's queries.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await page.request.post('/api/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`sign-in as ${username} failed: HTTP ${res.status()} ${await res.text()}`);
}

/** `signIn`, then opens `path` and waits for the app frame. */
export async function signInAt(page: Page, path: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await signIn(page, username, password);
  await page.goto(path);
  await page.getByTestId('user-badge').waitFor();
}
