/**
 * Reflow (WCAG 2.2 success criterion 1.4.10): at 320 CSS pixels, one page of
 * every template reads without scrolling sideways. axe does not check this.
 * The element sticking out furthest is named when a page fails.
 */
import { expect, test } from '@playwright/test';
import { TEMPLATE_PAGES } from './templates.ts';

test.use({ viewport: { width: 320, height: 720 } });

for (const { name, path } of TEMPLATE_PAGES) {
	test(`${name}: no horizontal scrolling at 320 px`, async ({ page }) => {
		await page.goto(path);
		if (name === 'search with results') await expect(page.locator('#search-results > li').first()).toBeVisible();
		const overflow = await page.evaluate(() => {
			const width = document.documentElement.clientWidth;
			const widest = [...document.querySelectorAll('body *')]
				.map((element) => ({ element, right: element.getBoundingClientRect().right }))
				.sort((a, b) => b.right - a.right)[0];
			return {
				scroll: document.documentElement.scrollWidth - width,
				widest:
					widest && widest.right > width + 0.5
						? `${widest.element.tagName.toLowerCase()}.${widest.element.className} ends at ${Math.round(widest.right)} px`
						: '',
			};
		});
		expect(overflow.scroll, overflow.widest).toBeLessThanOrEqual(0);
		expect(overflow.widest).toBe('');
	});
}
