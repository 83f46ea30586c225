/**
 * The static data API of a built site (/api/v1/, src/data/api.ts): every
 * document validates against the JSON Schema the site publishes for it
 * (ajv, JSON Schema 2020-12), the lists' pages and totals add up to the
 * site's entries, and the dump has one line per published entry and none
 * for drafts.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { contentEntries, files, read, urlOf } from './dist-files.ts';

const API = 'api/v1';
const json = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;
const published = contentEntries().filter((entry) => !entry.draft);
const drafts = contentEntries().filter((entry) => entry.draft);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const schemaFiles = files(`${API}/schemas`, (path) => path.endsWith('.json'));
for (const path of schemaFiles) ajv.addSchema(json(path), path);
const validate = (schema: string, document: unknown) => {
	const check = ajv.getSchema(`${API}/schemas/${schema}.json`)!;
	expect(check(document), JSON.stringify(check.errors?.slice(0, 3))).toBe(true);
};

interface List {
	self: string;
	kind: string;
	key?: string;
	totalCount: number;
	page: number;
	pageCount: number;
	next: string | null;
	prev: string | null;
	items: { type: string; slug: string }[];
}
const listFiles = files(`${API}/lists`, (path) => path.endsWith('.json'));
const lists = listFiles.map((path) => json(path) as unknown as List);

describe('data API', () => {
	test('the index validates and names every schema, the dump and the first page of every list', () => {
		const index = json(`${API}/index.json`);
		validate('index', index);
		expect(Object.keys(index['schemas'] as object).sort()).toEqual(schemaFiles.map((path) => path.replace(/^.*\/(.*)\.json$/, '$1')).sort());
		expect(index['dump']).toBe(urlOf('/api/v1/entries.ndjson'));
		expect((index['lists'] as unknown[]).length).toBe(lists.filter((list) => list.page === 1).length);
	});

	test.each(files(`${API}/entries`, (path) => path.endsWith('.json')))('%s validates against its type schema', (path) => {
		const document = json(path);
		validate(`entry-${String(document['type'])}`, document);
		expect(document['api']).toBe(urlOf(`/${path}`));
	});

	test.each(listFiles)('%s validates against the list schema', (path) => {
		const list = json(path);
		validate('list', list);
		expect(list['self']).toBe(urlOf(`/${path}`));
	});

	test('each list: its pages hold totalCount entries once each, linked by next and prev', () => {
		const byList = Map.groupBy(lists, (list) => `${list.kind}/${list.key ?? ''}`);
		for (const [name, pages] of byList) {
			pages.sort((a, b) => a.page - b.page);
			const items = pages.flatMap((page) => page.items.map((item) => `${item.type}/${item.slug}`));
			expect(items.length, name).toBe(pages[0]!.totalCount);
			expect(new Set(items).size, name).toBe(items.length);
			expect(pages.length, name).toBe(pages[0]!.pageCount);
			pages.forEach((page, i) => {
				expect(page.prev, name).toBe(i > 0 ? pages[i - 1]!.self : null);
				expect(page.next, name).toBe(i < pages.length - 1 ? pages[i + 1]!.self : null);
			});
		}
	});

	test('all entries = the published entries = the sum of the types', () => {
		const firsts = lists.filter((list) => list.page === 1);
		const all = firsts.find((list) => list.kind === 'all')!;
		expect(all.totalCount).toBe(published.length);
		expect(firsts.filter((list) => list.kind === 'type').reduce((sum, list) => sum + list.totalCount, 0)).toBe(published.length);
		expect(firsts.filter((list) => list.kind === 'year').reduce((sum, list) => sum + list.totalCount, 0)).toBe(published.length);
	});

	test('the dump has one line per published entry, each its entry document, and none for drafts', () => {
		const lines = read(`${API}/entries.ndjson`).split('\n');
		expect(lines.pop()).toBe('');
		expect(lines.length).toBe(published.length);
		const documents = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
		for (const document of documents) expect(document).toEqual(json(`${API}/entries/${String(document['type'])}/${String(document['slug'])}.json`));
		const slugs = new Set(documents.map((document) => `${String(document['type'])}/${String(document['slug'])}`));
		for (const entry of published) expect(slugs.has(`${entry.type}/${entry.slug}`), entry.slug).toBe(true);
		for (const entry of drafts) expect(slugs.has(`${entry.type}/${entry.slug}`), entry.slug).toBe(false);
	});
});

describe('OpenSearch', () => {
	test.each(files('', (path) => path.endsWith('opensearch.xml')))('%s points at the search page of its language', (path) => {
		const xml = read(path);
		const prefix = path === 'opensearch.xml' ? '/' : `/${path.split('/')[0]}/`;
		expect(xml).toContain(`template="${urlOf(`${prefix}search/`)}?q={searchTerms}"`);
		expect(xml).toMatch(/<ShortName>.{1,16}<\/ShortName>/);
	});

	test('every page links to its language’s description', () => {
		for (const path of ['index.html', 'fr/index.html', 'ar/news/index.html'])
			expect(read(path)).toMatch(/<link rel="search" type="application\/opensearchdescription\+xml" href="[^"]*opensearch\.xml"/);
	});
});
