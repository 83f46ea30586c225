/**
 * The Pagefind index of a built site: every published entry page indexed
 * exactly once with its metadata and filters, and nothing else (no listings,
 * no drafts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { contentEntries, DIST, files, read } from './dist-files.ts';

const published = contentEntries().filter((entry) => !entry.draft);
const entryPages = files('', (path) => /^(news|events|publications)\/[a-z0-9-]+\/index\.html$/.test(path));

/** Pagefind's fragments are gzip files after an 8-byte signature: one JSON record per indexed page. */
function fragments(): { url: string; meta: Record<string, string>; filters: Record<string, string[]>; content: string }[] {
	return files('pagefind/fragment').map((path) => {
		const bytes = readFileSync(join(DIST, path));
		const json = gunzipSync(bytes).toString('utf8');
		return JSON.parse(json.slice(json.indexOf('{')));
	});
}

describe('search index', () => {
	const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
	const records = fragments();

	test('holds exactly the published entry pages, once each', () => {
		expect(entryPages).toHaveLength(published.length);
		expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(published.length);
		const urls = records.map((record) => record.url.replace(/^\/[^]*?\/(news|events|publications)\//, '/$1/')).sort();
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls).toEqual(published.map((item) => `/${item.type}/${item.slug}/`).sort());
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
		expect(Object.values(browse.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(published.length);
		// One language only, whatever the entries' own: the search page loads just its language's part.
		expect(Object.keys(browse.languages)).toEqual(['en']);
		// The page and its compressed twins (scripts/lib/build/precompress.ts), no browse-records.json.
		expect(files('search')).toEqual(['search/index.html', 'search/index.html.br', 'search/index.html.gz']);
		// The full-text index carries no sort: text queries never download the date order.
		for (const path of entryPages) expect(read(path)).not.toContain('data-pagefind-sort');
	});

	test('sort-date.json lists every indexed page once, newest first (query results by date)', () => {
		const { ids } = JSON.parse(read('pagefind/sort-date.json')) as { ids: string[] };
		const byId = new Map(files('pagefind/fragment').map((path, index) => [path.replace(/^.*\//, '').replace(/\.pf_fragment$/, ''), records[index]!]));
		expect([...ids].sort()).toEqual([...byId.keys()].sort());
		const dates = ids.map((id) => byId.get(id)!.meta['date']!);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every record has its month filter, for the date range', () => {
		for (const record of records) expect(record.filters['month']).toEqual([record.meta['date']!.slice(0, 7)]);
	});

	test('the title is searched as metadata, not repeated as the text the excerpts come from', () => {
		for (const record of records) {
			if (record.content.trim().replace(/\.$/, '') === record.meta['title']) continue; // an entry with no body
			expect(record.content.startsWith(record.meta['title']!), record.url).toBe(false);
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
