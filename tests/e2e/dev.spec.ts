/**
 * `npm run dev` on the launch content: pages come styled and without errors.
 * The dev server injects each page's styles inline, which the built pages'
 * Content Security Policy would refuse, so the policy's `<meta>` is left out
 * in dev (src/layouts/BaseLayout.astro).
 */
import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 90_000 });

for (const { name, path } of [
	{ name: 'home', path: './' },
	{ name: 'a news item', path: './news/intelligence-is-key-to-fighting-migrant-smuggling-unodc-provides-analysis/' },
]) {
	test(`${name} is styled in dev, with no CSP meta and no console error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(0);
		// The site header's background comes from the stylesheets; unstyled, it is transparent.
		await expect.poll(() => page.locator('header.site-header').evaluate((header) => getComputedStyle(header).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
	});
}
