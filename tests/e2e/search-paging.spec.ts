/**
 * Search on the paging site (tests/e2e/build-sites.ts): 49 news items, two of
 * them not in English, enough to page through results.
 */
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status');

test.describe('entries in other languages', () => {
	for (const { code, name, title } of [
		{ code: 'zh', name: 'Chinese', title: '打击偷运移民区域讲习班' },
		{ code: 'fr', name: 'French', title: 'Atelier régional sur le trafic illicite de migrants' },
	]) {
		test(`browsing news in ${name} lists the ${name} item`, async ({ page }) => {
			await page.goto(`./search/?type=news&language=${code}`);
			await expect(status(page)).toContainText('1 item');
			await expect(results(page)).toHaveCount(1);
			await expect(results(page).first().getByRole('heading')).toHaveText(title);
			await expect(page.getByRole('group', { name: 'Language' }).locator(`[data-count-for="language:${code}"]`)).toHaveText('(1)');
		});
	}

	test('browsing every news item counts the ones in other languages too', async ({ page }) => {
		await page.goto('./search/?type=news');
		await expect(status(page)).toContainText('49 items');
		await expect(page.getByRole('group', { name: 'Language' }).locator('[data-count-for="language:en"]')).toHaveText('(47)');
	});
});
