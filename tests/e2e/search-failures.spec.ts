/**
 * The search page when its index cannot be fetched (issue #21): Pagefind
 * answers "no results" when an index chunk fails, so the page checks every
 * file itself (src/lib/search/fetch-guard.ts). Whatever fails, and however
 * (the connection reset, a 500, a body cut short), the reader sees that search
 * failed and a way to try again, never a spinner for ever, "No results" or
 * the results of an earlier search; trying again once the network is back
 * shows the results.
 */
import { expect, test, type Page, type Route } from '@playwright/test';

const results = (page: Page) => page.locator('#search-results > li');
const status = (page: Page) => page.getByRole('status');

const FAULTS: Record<string, (route: Route) => Promise<void>> = {
	'connection reset': (route) => route.abort('connectionreset'),
	'HTTP 500': (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
	'truncated body': async (route) => {
		const response = await route.fetch();
		const body = await response.body();
		await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
	},
};

/** Files of the indexes, with a page that needs them; the first four fail silently in Pagefind. */
const FILES = [
	{ name: 'an index chunk', glob: '**/pagefind/*/index/*.pf_index', path: './search/?q=smuggling', faults: Object.keys(FAULTS) },
	{ name: 'a result fragment', glob: '**/pagefind/*/fragment/*.pf_fragment', path: './search/?q=smuggling', faults: Object.keys(FAULTS) },
	{ name: 'a filter chunk', glob: '**/pagefind/*/filter/*.pf_filter', path: './search/?q=smuggling&type=news', faults: Object.keys(FAULTS) },
	{ name: 'a browse filter chunk', glob: '**/pagefind-browse/filter/*.pf_filter', path: './search/?type=news', faults: Object.keys(FAULTS) },
	{ name: 'the index metadata', glob: '**/pagefind/*/*.pf_meta', path: './search/?q=smuggling', faults: ['HTTP 500', 'truncated body'] },
	{ name: 'the WebAssembly module', glob: '**/pagefind/*/wasm.*.pagefind', path: './search/?q=smuggling', faults: ['truncated body'] },
	{ name: 'the entry file', glob: '**/pagefind/*/pagefind-entry.json*', path: './search/?q=smuggling', faults: ['HTTP 500'] },
	{ name: "Pagefind's script", glob: '**/pagefind/*/pagefind.js*', path: './search/?q=smuggling', faults: ['connection reset'] },
	{ name: 'the date order', glob: '**/pagefind/*/sort-date.json', path: './search/?q=smuggling&sort=newest', faults: ['HTTP 500'] },
];

async function expectFailure(page: Page) {
	// The first search loads Pagefind: on a busy machine that can take a while.
	await expect(status(page)).toContainText('Search is not working right now: part of its index could not be loaded.', { timeout: 15_000 });
	await expect(status(page)).not.toContainText('No results');
	await expect(results(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
}

async function retryAndSucceed(page: Page, unroute: () => Promise<void>) {
	await unroute();
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(results(page).first()).toBeVisible();
	await expect(status(page)).toContainText(/ results? for “smuggling”| items?\./);
	await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
}

for (const file of FILES) {
	for (const fault of file.faults) {
		test(`${file.name}, ${fault}: the reader is told and can try again`, async ({ page }) => {
			await page.route(file.glob, FAULTS[fault]!);
			await page.goto(file.path);
			await expectFailure(page);
			await retryAndSucceed(page, () => page.unroute(file.glob));
		});
	}
}

test('a failed search never leaves the results of the one before', async ({ page }) => {
	await page.goto('./search/?q=smuggling');
	await expect(results(page).first()).toBeVisible();
	await page.route('**/pagefind/*/fragment/*.pf_fragment', FAULTS['HTTP 500']!);
	// A query none of whose results have been shown yet, so their fragments are fetched.
	await page.getByRole('searchbox', { name: 'Search for' }).fill('Union Home Secretary');
	await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
	await expectFailure(page);
});

test('Show more that fails says so too', async ({ page }) => {
	await page.goto('./search/');
	await expect(results(page)).toHaveCount(10);
	await page.route('**/pagefind-browse/fragment/*.pf_fragment', FAULTS['connection reset']!);
	await page.getByRole('button', { name: 'Show more results' }).click();
	await expectFailure(page);
	await page.unroute('**/pagefind-browse/fragment/*.pf_fragment');
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(results(page)).toHaveCount(10);
});

test('a search that hangs is not a spinner for ever: the reader can try again', async ({ page }) => {
	test.setTimeout(45_000);
	// The first request for an index chunk never gets an answer; later ones do.
	const held: Route[] = [];
	await page.route('**/pagefind/*/index/*.pf_index', (route) => (held.length ? route.continue() : void held.push(route)));
	await page.goto('./search/?q=smuggling');
	await expect(status(page)).toHaveText('Searching…');
	await expect(status(page)).toContainText('Search is taking longer than it should.', { timeout: 20_000 });
	await retryAndSucceed(page, async () => {});
	await Promise.all(held.map((route) => route.abort().catch(() => undefined)));
});
