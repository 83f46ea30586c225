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

test('Back after Show more returns to as many results, where the reader was', async ({ page }) => {
	await page.goto('./search/?type=news');
	await expect(status(page)).toHaveText('Showing 1–10 of 49 items. Newest first.');
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(results(page)).toHaveCount(20);
	await expect(page).toHaveURL(/\?type=news&page=2$/);
	await expect(status(page)).toHaveText('Showing 1–20 of 49 items. Newest first.');
	// Focus goes to the first of the new results.
	await expect(results(page).nth(10).getByRole('link')).toBeFocused();
	const target = results(page).nth(16).getByRole('link');
	await target.scrollIntoViewIfNeeded();
	const title = (await target.textContent())!;
	const scrolled = await page.evaluate(() => scrollY);
	expect(scrolled).toBeGreaterThan(500);
	// Where the reader is, is saved as they scroll.
	await page.waitForTimeout(500);
	await target.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await page.goBack();
	await expect(results(page)).toHaveCount(20);
	await expect(status(page)).toHaveText('Showing 1–20 of 49 items. Newest first.');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled - 100);
	expect(await page.evaluate(() => scrollY)).toBeLessThan(scrolled + 100);
	await expect(target).toBeInViewport();
});

test('query results by date page through in date order', async ({ page }) => {
	await page.goto('./search/?q=generated&sort=oldest');
	await expect(status(page)).toHaveText(/^Showing 1–10 of \d+ results for “generated”\. Oldest first\.$/);
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(results(page)).toHaveCount(20);
	const dates = await results(page)
		.locator('time')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
	expect(dates).toEqual([...dates].sort());
});
