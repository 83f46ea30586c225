/**
 * The Pagefind index of a built site: every published entry page indexed
 * exactly once with its metadata and filters, and nothing else (no listings,
 * no drafts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST, files, publishedPagePaths, read } from './dist-files.ts';

/** Every published version's page: originals and translations. */
const published = publishedPagePaths();
const entryPages = files('', (path) => /^([a-z]{2}\/)?(news|events|publications)\/[a-z0-9-]+\/index\.html$/.test(path));
/** The full-text bundles, one per language with entry pages. */
const bundles = files('pagefind', (path) => path.endsWith('/pagefind-entry.json')).map((path) => path.slice(0, -'/pagefind-entry.json'.length));
const fragmentFiles = () => bundles.flatMap((bundle) => files(`${bundle}/fragment`));

/** Pagefind's fragments are gzip files after an 8-byte signature: one JSON record per indexed page. */
function fragments(): { url: string; meta: Record<string, string>; filters: Record<string, string[]>; content: string }[] {
	return fragmentFiles().map((path) => {
		const bytes = readFileSync(join(DIST, path));
		const json = gunzipSync(bytes).toString('utf8');
		return JSON.parse(json.slice(json.indexOf('{')));
	});
}

describe('search index', () => {
	const records = fragments();

	test('holds exactly the published entry pages, once each, each in its own language’s bundle', () => {
		expect(entryPages).toHaveLength(published.length);
		// Pagefind's URLs are site paths; the search page adds the base (its baseUrl option).
		const urls = records.map((record) => record.url).sort();
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls).toEqual(published);
		for (const bundle of bundles) {
			const lang = bundle.split('/')[1]!;
			const entry = JSON.parse(read(`${bundle}/pagefind-entry.json`)) as { languages: Record<string, { page_count: number }> };
			// One language per bundle (forceLanguage): its own stemmer, whatever a page's markup says.
			expect(Object.keys(entry.languages)).toEqual([lang]);
			expect(entry.languages[lang]!.page_count).toBe(
				published.filter((path) => (lang === 'en' ? !/^\/[a-z]{2}\//.test(path) : path.startsWith(`/${lang}/`))).length,
			);
		}
	});

	test.each(['section', 'type', 'date', 'title'])('every record has the %s metadata', (key) => {
		for (const record of records) expect(record.meta[key], record.url).toBeTruthy();
	});

	test('every record has type, year and language filters; dates are calendar dates', () => {
		for (const record of records) {
			expect(record.filters['type']?.length, record.url).toBe(1);
			expect(record.filters['year']?.[0]).toBe(record.meta['date']?.slice(0, 4));
			expect(record.filters['language']?.length).toBeGreaterThan(0);
			expect(record.meta['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	test('the browse index (date sort, no query) holds the same entries, and its build-time records are not deployed', () => {
		const browse = JSON.parse(read('pagefind-browse/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
		// A record per version, each saying which page languages list it.
		expect(Object.values(browse.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(published.length);
		// One language only, whatever the entries' own: every search page loads the same part.
		expect(Object.keys(browse.languages)).toEqual(['en']);
		// The page and its compressed twins (scripts/lib/build/precompress.ts), no browse-records.json.
		expect(files('search')).toEqual(['search/index.html', 'search/index.html.br', 'search/index.html.gz']);
		// The full-text index carries no sort: text queries never download the date order.
		for (const path of entryPages) expect(read(path)).not.toContain('data-pagefind-sort');
	});

	test.each(bundles)('%s/sort-date.json lists every page of its bundle once, newest first, with its date (query results by date)', (bundle) => {
		const { ids, dates } = JSON.parse(read(`${bundle}/sort-date.json`)) as { ids: string[]; dates: string[] };
		const all = fragmentFiles();
		const byId = new Map(
			all.flatMap((path, index) =>
				path.startsWith(`${bundle}/`) ? [[path.replace(/^.*\//, '').replace(/\.pf_fragment$/, ''), records[index]!] as const] : [],
			),
		);
		expect([...ids].sort()).toEqual([...byId.keys()].sort());
		expect(dates).toEqual(ids.map((id) => byId.get(id)!.meta['date']!));
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every record has its month filter, for the date range', () => {
		for (const record of records) expect(record.filters['month']).toEqual([record.meta['date']!.slice(0, 7)]);
	});

	test('the title is searched as metadata, not repeated as the text the excerpts come from', () => {
		for (const record of records) {
			const title = record.meta['title']!;
			if (record.content.trim().replace(/\.$/, '') === title) continue; // an entry with no body
			// A body may open with the title's own words (the Russian Model Law's does): then the text starts with them once.
			const page = read(`${record.url.slice(1)}index.html`);
			const body = (/<div class="entry__body"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '').replace(/<[^>]+>/g, '').trim();
			const expected = body.startsWith(title) ? 1 : 0;
			const leading = record.content.startsWith(`${title} ${title}`) ? 2 : record.content.startsWith(title) ? 1 : 0;
			expect(leading, record.url).toBe(expected);
		}
	});

	test('the indexed text is the entry, not the page around it', () => {
		for (const record of records) {
			expect(record.content).not.toMatch(/Skip to main content|Search the site|More in (News|Events|Publications)|Related/);
			// Nor the event page's calendar link, which read as "Add to calendariCalendar file (.ics)" in excerpts.
			expect(record.content).not.toMatch(/Add to calendar|Calendar file/);
		}
	});
});
