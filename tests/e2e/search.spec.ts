/** Search as a reader uses it: distinctive phrases, filters, URL state, odd queries, sub-path deployment. */
import { expect, test, type Page } from '@playwright/test';
import { LAUNCH_ENTRIES } from '../fixtures/launch-entries.ts';

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status');

const withPhrases = LAUNCH_ENTRIES.filter((entry) => entry.phrase);

for (const entry of withPhrases) {
	test(`"${entry.phrase}" finds ${entry.slug} first`, async ({ page }) => {
		await page.goto(`./search/?q=${encodeURIComponent(`"${entry.phrase}"`)}`);
		await expect(status(page)).toContainText(/\d+ results? for/);
		const first = results(page).first();
		await expect(first.getByRole('heading')).toHaveText(entry.title);
		await expect(first.locator('time')).toHaveAttribute('datetime', entry.date);
		await expect(first.locator('time')).toHaveText(entry.displayDate);
		await expect(first.locator('mark').first()).toBeVisible();
		const href = await first.getByRole('link').getAttribute('href');
		expect(href).toMatch(new RegExp(`/${entry.type}/${entry.slug}/$`));
		await first.getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
	});
}

test('the header form reaches the search page with the query filled in', async ({ page }) => {
	await page.goto('./news/');
	await page.getByRole('search').first().getByRole('searchbox', { name: 'Search the site' }).fill('model law');
	await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=model\+law$/);
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('model law');
	await expect(results(page).first().getByRole('heading')).toHaveText(/Model Law on Smuggling of Migrants/);
});

test('a type filter narrows results, two values of one filter widen them (OR), and counts show', async ({ page }) => {
	/** The count the status announces, once it announces one for this query. */
	const announced = async () => Number((await status(page).textContent())?.match(/(\d+) results? for/)?.[1] ?? NaN);
	await page.goto('./search/?q=smuggling');
	await expect(status(page)).toContainText('results for “smuggling”');
	const all = await announced();
	const filters = page.getByRole('group', { name: 'Type' });
	await filters.getByRole('checkbox', { name: /Publications/ }).check();
	await expect(page).toHaveURL(/type=publications/);
	await expect.poll(announced).toBeLessThan(all);
	const publications = await announced();
	await expect(results(page)).toHaveCount(Math.min(publications, 10));
	await expect(results(page).locator('.type-label--publications')).toHaveCount(Math.min(publications, 10));
	// Counts per value, as if that value were ticked too: News counts the news matching "smuggling".
	await expect(filters.locator('[data-count-for="type:news"]')).toHaveText(/^\([1-9]\d*\)$/);
	await expect(filters.locator('[data-count-for="type:publications"]')).toHaveText(`(${publications})`);
	await filters.getByRole('checkbox', { name: /News/ }).check();
	await expect(page).toHaveURL(/type=news&type=publications/);
	await expect.poll(announced).toBeGreaterThan(publications);
	await expect(results(page).locator('.type-label--events')).toHaveCount(0);
});

test('browsing by filter with an empty query lists newest first', async ({ page }) => {
	await page.goto('./search/?type=events');
	await expect(status(page)).toContainText('3 items');
	await expect(results(page).locator('time'))
		.toHaveAttribute('datetime', /2011-11-17/, { timeout: 1 })
		.catch(() => undefined);
	const dates = await results(page)
		.locator('time')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
	expect(dates).toEqual(['2011-11-17', '2011-10-25', '2011-09-20']);
});

test('the URL reproduces the view and the back button restores the previous one', async ({ page }) => {
	await page.goto('./search/?q=model+law&type=publications');
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('model law');
	await expect(page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Publications/ })).toBeChecked();
	await expect(results(page).first().getByRole('heading')).toHaveText(/Model Law/);
	await page.getByRole('searchbox', { name: 'Search for' }).fill('issue paper');
	await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
	await expect(page).toHaveURL(/q=issue\+paper/);
	await expect(results(page).first().getByRole('heading')).toHaveText('Issue Paper: Smuggling of Migrants by Sea');
	await page.goBack();
	await expect(page).toHaveURL(/q=model\+law&type=publications/);
	await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('model law');
	await expect(results(page).first().getByRole('heading')).toHaveText(/Model Law/);
});

test('an empty result says so and offers a way forward', async ({ page }) => {
	await page.goto('./search/?q=zzyzxqwv');
	await expect(status(page)).toContainText('No results for “zzyzxqwv”.');
	await expect(status(page)).toContainText('Check the spelling');
	await expect(page.locator('#search-browse').getByRole('link', { name: 'Publications' })).toBeVisible();
});

test('special characters are searched as text, never run as HTML', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	for (const query of ['C++', 'é', '"exact phrase"', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>']) {
		await page.goto(`./search/?q=${encodeURIComponent(query)}`);
		await expect(status(page)).not.toHaveText('Searching…');
		await expect(status(page)).not.toBeEmpty();
		await expect(page.locator('#search-app script, #search-app img')).toHaveCount(0);
	}
	expect(dialogs).toBe(0);
});

test('listing pages never show up as results; the publications listing links to a pre-filtered search', async ({ page }) => {
	await page.goto('./publications/');
	await page.getByRole('link', { name: 'Search publications' }).click();
	await expect(page).toHaveURL(/\/search\/\?type=publications$/);
	await expect(status(page)).toContainText('8 items');
	const hrefs = await results(page)
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
	for (const href of hrefs) expect(href).toMatch(/\/publications\/[a-z0-9-]+\/$/);
});

test('the search page is usable with the keyboard', async ({ page }) => {
	await page.goto('./search/');
	await page.getByRole('searchbox', { name: 'Search for' }).focus();
	await page.keyboard.type('migrants by sea');
	await page.keyboard.press('Enter');
	await expect(status(page)).toContainText('results for “migrants by sea”');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('main').getByRole('button', { name: 'Search', exact: true })).toBeFocused();
	// Tick a filter with the keyboard: Tab to the first Type checkbox, then Space.
	const news = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /News/ });
	for (let i = 0; i < 10 && !(await news.evaluate((node) => node === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(news).toBeFocused();
	await page.keyboard.press('Space');
	await expect(news).toBeChecked();
	await expect(page).toHaveURL(/type=news/);
	// The results are reachable by Tab.
	const firstResult = page.locator('#search-results > li').first().getByRole('link');
	for (let i = 0; i < 60 && !(await firstResult.evaluate((node) => node === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(firstResult).toBeFocused();
});

test('what a reader types and ticks before the script has loaded is searched, not wiped', async ({ page }) => {
	// Hold the page's script back, as a slow connection would, while the reader uses the form.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/[^/]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('./search/', { waitUntil: 'commit' });
	const box = page.getByRole('searchbox', { name: 'Search for' });
	await box.fill('model law');
	await page.getByText('Filter results').click();
	const publications = page.getByRole('group', { name: 'Type' }).getByRole('checkbox', { name: /Publications/ });
	await publications.check();
	await expect(status(page)).toHaveText('');
	release();
	await expect(status(page)).toContainText(/\d+ results? for “model law”/);
	await expect(box).toHaveValue('model law');
	await expect(publications).toBeChecked();
	await expect(page).toHaveURL(/\/search\/\?q=model\+law&type=publications$/);
	await expect(results(page).first().getByRole('heading')).toHaveText(/Model Law on Smuggling of Migrants/);
	await expect(results(page).locator('.type-label--news')).toHaveCount(0);
});

test('the Model Law is found in its French version from the English page only with other languages included', async ({ page }) => {
	// Quoted: a single word is otherwise matched by its longest indexed prefix ("europ…" of European).
	await page.goto('./search/?q=%22europ%C3%A9enne%22');
	await expect(page.locator('#search-summary')).toHaveText(/^No results/);
	await page.getByRole('checkbox', { name: 'Include results in other languages' }).check();
	const french = page.locator('#search-results .card', { has: page.locator('.card__language', { hasText: 'In French' }) });
	await expect(french.getByRole('heading')).toHaveAttribute('lang', 'fr');
	await expect(french.getByRole('link')).toHaveAttribute('href', /\/fr\/publications\/model-law-on-smuggling-of-migrants/);
});

test('a search page in a language with nothing published in it searches every language, and says so', async ({ page }) => {
	await page.goto('./zh/search/?q=smuggling');
	await expect(page.getByText('尚未发布任何中文内容，因此显示所有语言的结果。')).toBeVisible();
	await expect(page.getByRole('checkbox', { name: '包括其他语言的结果' })).toHaveCount(0);
	await expect(page.locator('#search-results .card').first()).toBeVisible();
	// Chinese sentences follow one another with no space: the full stop carries its own.
	await expect(page.locator('#search-summary')).toHaveText(/条。按相关度排序。$/);
	// Results keep their own language, labelled in the page's: English originals marked as such, dates in Chinese.
	await expect(page.locator('#search-results .card__language').first()).toHaveText('语言：英文');
	await expect(page.locator('#search-results time').first()).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says at once that search needs JavaScript, shows no dead control and offers every way to browse, with counts', async ({ page }) => {
		await page.goto('./events/');
		await page.getByRole('search').first().getByRole('searchbox', { name: 'Search the site' }).fill('model law');
		await page.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/\?q=model\+law$/);
		const main = page.getByRole('main');
		// The notice comes right after the heading, at the top of the page.
		const notice = main.locator('.search-noscript__notice');
		await expect(notice).toContainText('Full-text search needs JavaScript');
		const top = await notice.boundingBox();
		expect(top!.y).toBeLessThan(400);
		expect(await main.locator('h1 + noscript, h1 + .search-noscript').count()).toBeGreaterThan(0);
		// No control that would do nothing: no query box, no filter, no button, not even the header's search box.
		await expect(page.getByRole('searchbox')).toHaveCount(0);
		await expect(page.getByRole('checkbox')).toHaveCount(0);
		await expect(main.getByRole('button')).toHaveCount(0);
		await expect(main.getByRole('combobox')).toHaveCount(0);
		// Every way to browse, with its count.
		for (const [heading, link] of [
			['Sections', 'Publications'],
			['Topics', 'Legislation and legal frameworks'],
			['Regions', 'Global'],
			['Years', '2011'],
		] as const) {
			const group = main.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) });
			await expect(group.getByRole('link', { name: link, exact: true })).toBeVisible();
		}
		await expect(main.locator('li', { has: page.getByRole('link', { name: 'Publications', exact: true }) })).toHaveText('Publications (8)');
		await expect(main.locator('li', { has: page.getByRole('link', { name: '2011', exact: true }) })).toHaveText('2011 (12)');
		await main.getByRole('link', { name: 'Publications', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
	});
});
