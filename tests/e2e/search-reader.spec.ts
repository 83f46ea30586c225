/**
 * The search page as a demanding reader uses it (issue #14): everything
 * listed with no query, summaries, counts that follow the filters, chips,
 * the date range, the order, words that match nothing, the tab title, an old
 * link's unknown filter, and the way to the results from the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status');
const count = (page: Page, key: string) => page.locator(`[data-count-for="${key}"]`);
const dates = (page: Page) =>
	results(page)
		.locator('time')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));

test('with no query the page lists everything, newest first, with every filter and its count', async ({ page }) => {
	await page.goto('./search/');
	await expect(status(page)).toHaveText('Showing 1–10 of 15 items. Newest first.');
	await expect(results(page)).toHaveCount(10);
	const shown = await dates(page);
	expect([...shown].sort().reverse()).toEqual(shown);
	expect(shown[0]).toBe('2012-03-07');
	await expect(count(page, 'type:news')).toHaveText('(4)');
	await expect(count(page, 'year:2011')).toHaveText('(12)');
	await expect(count(page, 'language:en')).toHaveText('(15)');
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expect(results(page)).toHaveCount(15);
	await expect(status(page)).toHaveText('15 items. Newest first.');
	await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
});

test('the summary is sentences, one after the other', async ({ page }) => {
	await page.goto('./search/?q=smuggling');
	await expect(status(page)).toHaveText(/^Showing 1–10 of \d+ results for “smuggling”\. Best matches first\.$/);
	await page.goto('./search/?type=events');
	await expect(status(page)).toHaveText('3 items. Newest first.');
});

test('counts follow the filters even when nothing matches', async ({ page }) => {
	await page.goto('./search/?language=ar');
	await expect(status(page)).toHaveText('1 item. Newest first.');
	await page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /News/ }).check();
	await expect(status(page)).toContainText('Nothing matches these filters.');
	// As if each value were ticked too: English news items (4), news in Arabic from 2011 (none).
	await expect(count(page, 'language:en')).toHaveText('(4)');
	await expect(count(page, 'year:2011')).toHaveText('(0)');
	await expect(count(page, 'type:publications')).toHaveText('(1)');
	// Nothing was typed: the help is about filters, not spelling.
	await expect(status(page)).not.toContainText('spelling');
	await expect(status(page)).toContainText('Remove a filter');
});

test('active filters show as chips above the results; removing one keeps focus among them; Clear all', async ({ page }) => {
	await page.goto('./search/?q=smuggling&topic=legislation&type=publications');
	const chips = page.getByRole('group', { name: 'Active filters' });
	await expect(chips.getByRole('button', { name: /^Remove filter:/ })).toHaveText([/Type: Publications/, /Topic: Legislation and legal frameworks/]);
	await chips.getByRole('button', { name: 'Remove filter: Type: Publications' }).click();
	await expect(page).toHaveURL(/\?q=smuggling&topic=legislation$/);
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Publications/ })).not.toBeChecked();
	await expect(chips.getByRole('button', { name: 'Remove filter: Topic: Legislation and legal frameworks' })).toBeFocused();
	await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /2011/ }).check();
	await expect(chips.getByRole('button', { name: /^Remove filter:/ })).toHaveCount(2);
	await chips.getByRole('button', { name: 'Clear all filters' }).click();
	await expect(page).toHaveURL(/\?q=smuggling$/);
	await expect(chips).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('smuggling');
	await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('a date range by month and year, combined with the year filter', async ({ page }) => {
	await page.goto('./search/');
	const range = page.getByRole('group', { name: 'Date published' });
	const from = range.getByRole('group', { name: 'From' });
	await from.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'December' });
	await from.getByRole('combobox', { name: 'Year' }).selectOption('2011');
	await expect(page).toHaveURL(/\?from=2011-12$/);
	await expect(status(page)).toHaveText('7 items. Newest first.');
	expect((await dates(page)).every((date) => date >= '2011-12-01')).toBe(true);
	await expect(page.getByRole('group', { name: 'Active filters' }).getByRole('button', { name: 'Remove filter: From December 2011' })).toBeVisible();
	// Both ends: December 2011 to February 2012.
	const until = range.getByRole('group', { name: 'Until' });
	await until.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'February' });
	await until.getByRole('combobox', { name: 'Year' }).selectOption('2012');
	await expect(status(page)).toHaveText('6 items. Newest first.');
	// With a year ticked too, both must hold.
	await page.getByRole('group', { name: 'Year' }).getByRole('checkbox', { name: /2012/ }).check();
	await expect(status(page)).toHaveText('2 items. Newest first.');
	await expect(count(page, 'year:2011')).toHaveText('(4)');
	// A year-only end covers the whole year.
	await page.goto('./search/?to=2011');
	await expect(status(page)).toHaveText('Showing 1–10 of 12 items. Newest first.');
	await expect(until.getByRole('combobox', { name: 'Year' })).toHaveValue('2011');
	await expect(until.getByRole('combobox', { name: 'Month' })).toHaveValue('');
});

test('results can be sorted by best match, newest or oldest; best match needs a query', async ({ page }) => {
	await page.goto('./search/?q=smuggling');
	const sort = page.getByRole('combobox', { name: 'Sort by' });
	await expect(sort).toHaveValue('relevance');
	await sort.selectOption({ label: 'Newest first' });
	await expect(page).toHaveURL(/\?q=smuggling&sort=newest$/);
	await expect(status(page)).toContainText('Newest first.');
	let shown = await dates(page);
	expect(shown).toEqual([...shown].sort().reverse());
	await sort.selectOption({ label: 'Oldest first' });
	await expect(page).toHaveURL(/sort=oldest$/);
	await expect(status(page)).toContainText('Oldest first.');
	shown = await dates(page);
	expect(shown).toEqual([...shown].sort());
	await sort.selectOption({ label: 'Best match' });
	await expect(page).toHaveURL(/\?q=smuggling$/);
	// Browsing: newest or oldest only.
	await page.goto('./search/?type=publications&sort=oldest');
	await expect(sort).toHaveValue('oldest');
	await expect(results(page).first().locator('time')).toHaveAttribute('datetime', '2011-08-08');
	await expect(sort.locator('option[value="relevance"]')).toBeDisabled();
});

test('query words that match nothing are named, with the words the results are for', async ({ page }) => {
	await page.goto('./search/?q=migrant+xylophone');
	await expect(status(page)).toContainText('No results contain “xylophone”; showing results for “migrant”.');
	await page.goto('./search/?q=migrant+smuggling');
	await expect(status(page)).toContainText('results for “migrant smuggling”');
	await expect(status(page)).not.toContainText('No results contain');
});

test('excerpts do not repeat the title and show where they cut the text', async ({ page }) => {
	await page.goto('./search/?q=smuggling');
	await expect(results(page)).toHaveCount(10);
	for (const card of await results(page).all()) {
		const title = (await card.getByRole('heading').textContent())!.trim();
		const summary = card.locator('.card__summary');
		if ((await summary.count()) === 0) continue;
		const text = (await summary.textContent())!.trim();
		expect(text.startsWith(title), title).toBe(false);
		// Cut mid-text: an ellipsis says so.
		expect(text, title).toMatch(/(^…|[.!?)]$|…$)/);
	}
	await expect(results(page).locator('.card__summary', { hasText: /…$/ }).first()).toBeVisible();
});

test('the tab title shows the query', async ({ page }) => {
	await page.goto('./search/?q=model+law');
	await expect(page).toHaveTitle(/^“model law” – Search \|/);
	await page.getByRole('searchbox', { name: 'Search for' }).fill('');
	await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
	await expect(page).toHaveTitle(/^Search \|/);
});

test('a filter value in a link that does not exist is left out, and the reader told', async ({ page }) => {
	await page.goto('./search/?topic=smuggling-by-air');
	await expect(page.getByText('Filter results', { exact: true })).toBeVisible();
	await expect(page).toHaveURL(/\/search\/$/);
	await expect(status(page)).toContainText('This link asked for a filter that does not exist (“smuggling-by-air”); it was left out.');
	await expect(status(page)).toContainText('15 items');
	await expect(page.getByRole('group', { name: 'Active filters' })).toBeHidden();
});

test('after a search, a skip link leads straight to the results', async ({ page }) => {
	await page.goto('./search/?q=smuggling');
	await expect(results(page)).toHaveCount(10);
	await page.getByRole('main').getByRole('button', { name: 'Search', exact: true }).focus();
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to results' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
	// From there the first result is a few Tab presses away (the order, then the result).
	const first = results(page).first().getByRole('link');
	for (let i = 0; i < 4 && !(await first.evaluate((node) => node === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
});
