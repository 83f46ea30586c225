/** Paging through a listing of 49 news items (launch content plus 45 generated ones, two of them not in English). */
import { expect, test } from '@playwright/test';

test('a reader pages through the news listing', async ({ page }) => {
	await page.goto('./news/');
	const pagination = page.getByRole('navigation', { name: 'Pages' });
	await expect(pagination.getByText('Page 1 of 3')).toBeVisible();
	// Above the list, which items these are; the pager alone says which page.
	await expect(page.locator('.listing-count')).toHaveText('Showing 1–20 of 49 items');
	await expect(page.getByText('Page 1 of 3')).toHaveCount(1);
	await expect(page.locator('.entry-list > li')).toHaveCount(20);
	await expect(pagination.getByRole('link', { name: 'Previous' })).toHaveCount(0);
	const firstPageTitles = await page.locator('.card__title').allTextContents();

	await pagination.getByRole('link', { name: 'Next' }).click();
	await expect(page).toHaveURL(/\/news\/page\/2\/$/);
	await expect(page.getByRole('navigation', { name: 'Pages' }).getByText('Page 2 of 3')).toBeVisible();
	await expect(page.locator('.listing-count')).toHaveText('Showing 21–40 of 49 items');
	await expect(page.locator('.entry-list > li')).toHaveCount(20);
	const secondPageTitles = await page.locator('.card__title').allTextContents();
	expect(secondPageTitles.some((title) => firstPageTitles.includes(title))).toBe(false);

	await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 3' }).click();
	await expect(page.locator('.entry-list > li')).toHaveCount(9);
	await expect(page.locator('.listing-count')).toHaveText('Showing 41–49 of 49 items');
	await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next' })).toHaveCount(0);
	await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveText('3');

	await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous' }).click();
	await expect(page).toHaveURL(/\/news\/page\/2\/$/);
	await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 1' }).click();
	await expect(page).toHaveURL(/\/news\/$/);
});

test('listings are newest first and dates descend across pages', async ({ page }) => {
	const dates: string[] = [];
	for (const path of ['./news/', './news/page/2/', './news/page/3/']) {
		await page.goto(path);
		dates.push(...(await page.locator('.card__meta time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))));
	}
	expect(dates).toHaveLength(49);
	expect([...dates].sort().reverse()).toEqual(dates);
});

test('an entry opened from page 2 through Read more', async ({ page }) => {
	await page.goto('./news/page/2/');
	const title = (await page.locator('.card__title').first().textContent())!.trim();
	await page.getByRole('link', { name: `Read more: ${title}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('page 1 has a second address, page/1/, that leads to the listing', async ({ page }) => {
	for (const [from, to] of [
		['./news/page/1/', /\/news\/$/],
		['./archive/2013/page/1/', /\/archive\/2013\/$/],
		['./topics/migrant-smuggling/page/1/', /\/topics\/migrant-smuggling\/$/],
		['./regions/global/page/1/', /\/regions\/global\/$/],
	] as const) {
		const response = await page.goto(from);
		expect(response?.status()).toBe(200);
		await expect(page).toHaveURL(to);
		await expect(page.locator('.listing-count')).toHaveText(/^Showing 1–20 of \d+ items$/);
	}
});

test('a listing that fits on one page just says how many items it has', async ({ page }) => {
	await page.goto('./events/');
	await expect(page.locator('.listing-count')).toHaveText('3 items');
	await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
});
