/** A reader browsing the launch site: home → sections → entries, under both time zones. */
import { expect, test } from '@playwright/test';
import { LAUNCH_ENTRIES } from '../fixtures/launch-entries.ts';

const SECTIONS = [
	{ nav: 'News', heading: 'News', type: 'news' },
	{ nav: 'Events', heading: 'Events', type: 'events' },
	{ nav: 'Publications', heading: 'Publications', type: 'publications' },
] as const;

test('home shows the latest items of every type, newest first, with Read more links', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Smuggling of Migrants: News, Events and Publications');
	for (const [heading, type] of [
		['Latest news', 'news'],
		['Events', 'events'],
		['Latest publications', 'publications'],
	] as const) {
		const section = page.getByRole('region', { name: heading });
		const expected = LAUNCH_ENTRIES.filter((entry) => entry.type === type).slice(0, 3);
		await expect(section.getByRole('heading', { level: 3 })).toHaveText(expected.map((entry) => entry.title));
		await expect(section.getByRole('link', { name: /^Read more/ })).toHaveCount(expected.length);
		await expect(section.locator('time').first()).toHaveText(expected[0]!.displayDate);
	}
});

for (const section of SECTIONS) {
	test(`home → ${section.nav} → every entry through its Read more link`, async ({ page }) => {
		await page.goto('./');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.nav, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(section.heading);
		const entries = LAUNCH_ENTRIES.filter((entry) => entry.type === section.type);
		await expect(page.locator('.entry-list .card__title')).toHaveText(entries.map((entry) => entry.title));
		for (const entry of entries) {
			await page.getByRole('link', { name: `Read more: ${entry.title}` }).click();
			await expect(page).toHaveURL(new RegExp(`/${entry.type}/${entry.slug}/$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
			await expect(page.locator('h1')).toHaveCount(1);
			const posted = page.locator('.entry__meta time');
			await expect(posted).toHaveAttribute('datetime', entry.date);
			await expect(posted).toHaveText(entry.displayDate);
			await page.goBack();
		}
	});
}

test('every launch entry is reachable at its URL with its correct date', async ({ page }) => {
	for (const entry of LAUNCH_ENTRIES) {
		const response = await page.goto(`./${entry.type}/${entry.slug}/`);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
		await expect(page.locator(`.entry__meta time[datetime="${entry.date}"]`)).toHaveText(entry.displayDate);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	}
});

test('detail page: dateline, breadcrumbs, topics, related entries and section pager', async ({ page }) => {
	await page.goto('./news/intelligence-is-key-to-fighting-migrant-smuggling-unodc-provides-analysis/');
	await expect(page.locator('.entry__dateline')).toHaveText('Bangkok (Thailand), 21 February 2012 –');
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(crumbs.getByRole('link')).toHaveText(['Home', 'News']);
	await page.getByRole('link', { name: 'Asia and the Pacific' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region: Asia and the Pacific');
	await expect(page.locator('.card__title')).toHaveText([
		'Intelligence is key to fighting migrant smuggling: UNODC provides analysis training for law enforcers in Asia',
		'Voluntary reporting system on migrant smuggling in support of the Bali Process',
	]);
});

test('the two items of 19 December 2011 are related to each other', async ({ page }) => {
	await page.goto('./news/new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea/');
	const related = page.getByRole('region', { name: 'Related' });
	await expect(related.locator('.card__title').first()).toHaveText('Issue Paper: Smuggling of Migrants by Sea');
	// The photo was lost in migration: its credit alone is not shown as a caption.
	await expect(page.getByRole('main')).not.toContainText('Photo');
	await expect(page.getByRole('figure')).toHaveCount(0);
	await related.getByRole('link', { name: 'Issue Paper: Smuggling of Migrants by Sea', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Related' }).locator('.card__title').first()).toHaveText(
		'New UNODC paper sheds light on smuggling of migrants by sea',
	);
	const pager = page.getByRole('navigation', { name: 'More in Publications' });
	await expect(pager.getByRole('link')).toHaveText([/Newer\s*The EU Directive/, /Older\s*→?\s*Ways and Means/]);
});

test('the Model Law and the International Framework, which share both their topics, list each other first', async ({ page }) => {
	await page.goto('./publications/model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian/');
	await expect(page.getByRole('region', { name: 'Related' }).locator('.card__title').first()).toHaveText(
		'International Framework for Action to Implement the Smuggling of Migrants Protocol',
	);
	await page.goto('./publications/international-framework-for-action-to-implement-the-smuggling-of-migrants/');
	await expect(page.getByRole('region', { name: 'Related' }).locator('.card__title').first()).toHaveText(
		'Model Law on Smuggling of Migrants available in Arabic - English - French - Russian - Spanish',
	);
});

test('regions and topics with nothing filed under them are not offered; a region lists the regions within it', async ({ page }) => {
	await page.goto('./regions/');
	const regions = page.getByRole('main').getByRole('listitem');
	await expect(regions.getByRole('link')).toHaveText(['Global', 'Americas', 'Central America and Mexico', 'Asia and the Pacific', 'South Asia', 'Europe']);
	await expect(page.getByRole('main')).not.toContainText(/(^|\D)0 items/);
	await page.getByRole('link', { name: 'Americas', exact: true }).click();
	await expect(page.locator('.card__title')).toContainText([/Central American and Mexican/]);
	await page.goto('./topics/');
	await expect(page.getByRole('main')).not.toContainText(/(^|\D)0 items/);
	await page.goto('./');
	await expect(page.getByRole('region', { name: 'Browse' }).getByRole('link', { name: 'Americas' })).toBeVisible();
});

test('printing an entry leaves out what only works on screen', async ({ page }) => {
	await page.goto('./events/expert-group-meeting-on-migrant-smuggling-by-sea/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Related' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'More in Events' })).toBeHidden();
	for (const selector of ['.add-to-calendar', '.subscribe']) await expect(page.locator(selector)).toBeHidden();
});

test('the model law lists its five languages', async ({ page }) => {
	await page.goto('./publications/model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian/');
	await expect(page.locator('.entry__facts')).toContainText('Available inArabic, English, French, Russian and Spanish');
	await expect(page.locator('.type-label').first()).toHaveText('Model law');
});

test('events separate upcoming from past', async ({ page }) => {
	await page.goto('./events/');
	await expect(page.getByRole('heading', { name: 'Upcoming events' })).toBeVisible();
	await expect(page.getByText('No upcoming events are announced at the moment.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Past events' }).locator('.card__title')).toHaveCount(3);
});

test('archive by year, topics and regions', async ({ page }) => {
	await page.goto('./archive/');
	await page.getByRole('link', { name: '2012' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Published in 2012');
	await expect(page.locator('.card__title')).toHaveCount(3);
	await page.goto('./topics/');
	await page.getByRole('link', { name: 'Smuggling by sea' }).click();
	await expect(page.locator('.card__title')).toHaveCount(3);
});

test('unknown URLs get the 404 page with ways forward', async ({ page }) => {
	const response = await page.goto('./no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('main').getByRole('link', { name: 'Publications' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
});

test('skip link moves focus to the main content', async ({ page }) => {
	await page.goto('./news/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('pages other than search ship no JavaScript', async ({ page }) => {
	for (const path of [
		'./',
		'./news/',
		'./events/',
		'./publications/',
		`./news/${LAUNCH_ENTRIES[1]!.slug}/`,
		'./topics/',
		'./archive/2011/',
		'./no-such-page/',
	]) {
		await page.goto(path);
		const scripts = await page.locator('script:not([type="application/ld+json"])').count();
		expect(scripts, path).toBe(0);
	}
});
