import type { Page } from 'playwright-core';

/** The open (not hidden, not leaving) dropdown of an antd Select. */
const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not(.ant-slide-up-leave)';

/**
 * Picks the option with this visible label in the antd Select carrying `testId`, and waits until
 * the Select shows it. On a loaded machine a click can land while the dropdown is still sliding in
 * (or a previous one sliding out), so the pick is retried — up to three times — until it takes.
 */
export async function chooseOption(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (let attempt = 1; ; attempt++) {
    await select.click();
    const option = page.locator(`${OPEN_DROPDOWN} .ant-select-item-option`).filter({ hasText: label }).first();
    await option.waitFor({ state: 'visible' });
    await option.click();
    const deadline = Date.now() + 3_000;
    while (Date.now() < deadline) {
      if ((await select.innerText()).includes(label)) return;
      await page.waitForTimeout(100);
    }
    if (attempt >= 3) throw new Error(`the select ${testId} did not take the option「${label}」after ${attempt} tries; it shows「${await select.innerText()}」`);
    await page.keyboard.press('Escape');
  }
}
