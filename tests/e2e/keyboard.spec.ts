/** Keyboard only: skip link, focus order through the header, visible focus, search. */
import { expect, test, type Page } from '@playwright/test';

/** Tabs once and describes what has focus. */
async function tab(page: Page, key = 'Tab') {
	await page.keyboard.press(key);
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement;
		const style = getComputedStyle(element);
		return {
			tag: element.tagName.toLowerCase(),
			text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' '),
			name: element.getAttribute('name') ?? element.id,
			visibleFocus: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
			onScreen: (() => {
				const box = element.getBoundingClientRect();
				return box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0;
			})(),
		};
	});
}

test('the skip link comes first, shows when focused and moves focus to the main content', async ({ page }) => {
	await page.goto('./news/');
	const first = await tab(page);
	expect(first).toMatchObject({ tag: 'a', text: 'Skip to main content', visibleFocus: true, onScreen: true });
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The next Tab continues inside the main content, past header and navigation.
	const next = await tab(page);
	expect(await page.evaluate(() => document.activeElement!.closest('main') !== null)).toBe(true);
	expect(next.visibleFocus).toBe(true);
});

test('focus order follows the page: languages, site name, search, navigation, then content; every stop shows focus', async ({ page }) => {
	await page.goto('./');
	const stops = [];
	for (let i = 0; i < 20; i++) stops.push(await tab(page));
	expect(stops[0]!.text).toBe('Skip to main content');
	// The language switcher heads the header, each language named in itself.
	expect(stops.slice(1, 7).map((stop) => stop.text)).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
	expect(stops[7]!.text).toMatch(/Smuggling of Migrants/);
	expect(stops.slice(8, 10).map((stop) => stop.tag)).toEqual(['input', 'button']);
	expect(stops.slice(10, 17).map((stop) => stop.text)).toEqual(['Home', 'News', 'Events', 'Publications', 'Topics', 'Regions', 'Archive']);
	for (const stop of stops) expect(stop, JSON.stringify(stop)).toMatchObject({ visibleFocus: true, onScreen: true });
	// Shift+Tab walks back the same way.
	expect((await tab(page, 'Shift+Tab')).text).toBe(stops[18]!.text);
});

test('search by keyboard alone: header box, results, a result, back', async ({ page }) => {
	await page.goto('./');
	// Past the skip link, the six languages and the site name.
	for (let i = 0; i < 8; i++) await tab(page);
	const box = await tab(page);
	expect(box.tag).toBe('input');
	await page.keyboard.type('model law');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=model\+law$/);
	await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
	// From the search box, Tab reaches the search button, the filters, then the results' links.
	await page.getByRole('searchbox', { name: 'Search for' }).focus();
	let stop = await tab(page);
	for (let i = 0; i < 60 && !/Model Law on Smuggling of Migrants/.test(stop.text); i++) {
		expect(stop.visibleFocus, JSON.stringify(stop)).toBe(true);
		stop = await tab(page);
	}
	expect(stop).toMatchObject({ tag: 'a', visibleFocus: true });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Model Law on Smuggling of Migrants/);
});

test('the filters open and tick from the keyboard', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('./search/?q=smuggling');
	await expect(page.getByRole('status')).toContainText(/results for/);
	const summary = page.locator('#search-filters summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('#search-filters')).toHaveAttribute('open', '');
	await page
		.getByRole('group', { name: 'Type' })
		.getByRole('checkbox', { name: /Events/ })
		.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/type=events/);
});
