/**
 * The search page's states beyond the template pages of a11y.spec.ts, as
 * deployed (nginx, sub-path, CSP): the failure message with its retry, chips
 * after a removal, and the page without JavaScript. No WCAG 2.2 AA violation
 * and no horizontal scrolling at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectAccessible(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	// Nothing in the page's main content runs past the screen's edge (the header is checked by the layout's own tests).
	const overflowing = await page.evaluate(() =>
		[...document.querySelectorAll('main *')]
			.filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && node.checkVisibility())
			.map((node) => `${node.tagName.toLowerCase()}.${node.className}`),
	);
	expect(overflowing).toEqual([]);
}

for (const width of [320, 1280]) {
	test.describe(`${width}px wide`, () => {
		test.use({ viewport: { width, height: 800 } });

		test('the failure message and its retry', async ({ page }) => {
			await page.route('**/pagefind/*/index/*.pf_index', (route) => route.abort());
			await page.goto('./search/?q=smuggling');
			await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
			await expectAccessible(page);
		});

		test('chips, the order and the date range in use', async ({ page }) => {
			await page.goto('./search/?q=smuggling&type=news&type=publications&topic=legislation&from=2011-06&to=2012-02&sort=newest');
			await expect(page.locator('#search-results > li').first()).toBeVisible();
			await page.getByRole('button', { name: 'Remove filter: Type: News' }).click();
			await expect(page.getByRole('button', { name: 'Remove filter: Type: Publications' })).toBeFocused();
			await expectAccessible(page);
		});

		test('the page as a browser without JavaScript shows it', async ({ page }) => {
			// axe needs scripts to run: the page is served as such a browser renders it instead,
			// its <noscript> content parsed as HTML (with the stylesheet linked there) and no script.
			await page.route('**/search/?q=*', async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace(/<script type="module"[^>]*><\/script>/g, '').replace(/<\/?noscript>/g, '');
				await route.fulfill({ response, body: html });
			});
			await page.goto('./search/?q=model+law');
			await expect(page.getByText('Full-text search needs JavaScript')).toBeVisible();
			await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeHidden();
			await expectAccessible(page);
		});
	});
}
