// The My Number typo check (issue 11 §2): it says whether a typed number looks right, and the number
// reaches neither storage nor the address, and is gone once the screen is left.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const VALID = '6214 9832 0257';
const ONE_DIGIT_CHANGED = '6214 9832 0357';

// Every place a web page can keep text, as one string of digits only (separators dropped), so a number
// typed with spaces is found however it was written down.
async function digitsKeptAnywhere(page) {
  const kept = await page.evaluate(() => {
    const all = (storage) => Object.keys(storage).map((k) => `${k}=${storage.getItem(k)}`).join('|');
    return [all(localStorage), all(sessionStorage), location.href, document.cookie, JSON.stringify(history.state)].join('|');
  });
  return kept.replace(/\D/g, '');
}

test('a typed number looks right, a one-digit change is a typo, and nothing of it is stored or in the address', async ({ page }, info) => {
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Check a number' }).click();
  await expect(page).toHaveURL(/\/check-number$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a My Number for typos');

  const field = page.getByRole('textbox', { name: 'My Number (12 digits)' });
  await expect(field).toHaveAttribute('inputmode', 'numeric');
  await expect(field).toHaveAttribute('autocomplete', 'off');
  await expect(page.getByText('the number is not saved or sent, and is cleared when you leave this screen')).toBeVisible();

  await field.pressSequentially(VALID);
  await expect(page.getByRole('status')).toHaveText('Looks right');
  await page.screenshot({ path: info.outputPath('check-number-looks-right-360.png'), fullPage: true });

  await field.fill(ONE_DIGIT_CHANGED);
  await expect(page.getByRole('status')).toHaveText('There is a typo: check the number');
  await page.screenshot({ path: info.outputPath('check-number-typo-360.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await field.fill('6214-9832-025');
  await expect(page.getByRole('status')).toHaveText('Enter all 12 digits');
  await field.fill('6214 9832 O257');
  await expect(page.getByRole('status')).toHaveText('Enter all 12 digits');
  await field.fill(ONE_DIGIT_CHANGED);
  await expect(page.getByRole('status')).toHaveText('There is a typo: check the number');
  await field.press('Enter');

  const kept = await digitsKeptAnywhere(page);
  for (const number of [VALID, ONE_DIGIT_CHANGED]) {
    const digits = number.replace(/\D/g, '');
    // Not the number, nor any 8 digits of it in a row.
    for (let i = 0; i + 8 <= digits.length; i++) expect(kept).not.toContain(digits.slice(i, i + 8));
  }
  await expect(page).toHaveURL(/\/check-number$/);

  // Leaving the screen and coming back (in the app, and with the browser's Back) finds the field empty.
  await page.getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your My Number Card');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a My Number for typos');
  await expect(page.getByRole('textbox', { name: 'My Number (12 digits)' })).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText('');
});

test('the check is one tap from the Use step', async ({ page }, info) => {
  await page.goto('/stage/use');
  await expect(page.getByRole('link', { name: 'Check a My Number for typos' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('use-step-check-link-360.png') });
  await page.getByRole('link', { name: 'Check a My Number for typos' }).click();
  await expect(page).toHaveURL(/\/check-number$/);
  await expect(page.getByRole('textbox', { name: 'My Number (12 digits)' })).toBeVisible();
});

test('a page put away (pagehide, as when kept in the back-forward cache) no longer holds the number', async ({ page }) => {
  await page.goto('/check-number');
  const field = page.getByRole('textbox', { name: 'My Number (12 digits)' });
  await field.fill(VALID);
  await expect(page.getByRole('status')).toHaveText('Looks right');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  await expect(field).toHaveValue('');
  await expect(page.getByRole('status')).toHaveText('');
});
