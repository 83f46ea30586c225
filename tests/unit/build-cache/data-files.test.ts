import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CITATION_FORMATS } from '../../../src/data/publication.ts';
import { handedOver, handover, isDataFile, writeDataFiles } from '../../../src/lib/build-cache/data-files.ts';
import { paths } from '../../../src/lib/routing/paths.ts';
import { API_ROOT } from '../../../src/schemas/api.ts';

// src/data/publication.ts reaches the content collections through src/data/site.ts; only its constants are read here.
vi.mock('astro:content', () => ({ getCollection: () => [] }));

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'data-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('isDataFile', () => {
	test.each([
		['/api/v1/index.json', true],
		['api/v1/entries/news/a.json', true],
		['/api/v1/entries.ndjson', true],
		['/publications/model-law/cite.bib', true],
		['/fr/publications/model-law/cite.ris', true],
		['publications/model-law/cite.json', true],
		['/publications/model-law/index.html', false],
		['/publications/model-law/cite.txt', false],
		['/publications/model-law/excite.bib', false],
		['/feeds/all.json', false],
		['/api/v2/index.json', false],
		['/search/browse-records.json', false],
	])('%s → %s', (path, expected) => {
		expect(isDataFile(path)).toBe(expected);
	});

	// The module restates the API's folder and the citation formats (plain Node may not import the site's data modules).
	test.each(Object.keys(CITATION_FORMATS))('a citation file in the .%s format, in every language, is a data file', (format) => {
		for (const lang of ['en', 'ar', 'fr'])
			expect(isDataFile(paths.citation(lang, 'publications', 'model-law', format)), paths.citation(lang, 'publications', 'model-law', format)).toBe(true);
	});

	test('every document under the data API’s root is a data file', () => {
		for (const document of ['index.json', 'entries/news/a.json', 'entries.ndjson']) expect(isDataFile(`${API_ROOT}${document}`)).toBe(true);
		expect(isDataFile(API_ROOT.replace(/\/v\d+\//, '/v0/') + 'index.json')).toBe(false);
	});
});

describe('handover / handedOver', () => {
	test.each([
		['no file', []],
		['one file', [['/api/v1/index.json', '{"version":"1"}\n']]],
		[
			'line breaks, quotes, tabs and non-Latin text inside files',
			[
				['/ar/publications/p/cite.ris', 'TY  - RPRT\r\nTI  - تهريب المهاجرين\r\nER  - \r\n'],
				['/publications/p/cite.bib', '@report{p,\n\ttitle = {"Smuggling" \u2028 of migrants}\n}\n'],
				['/api/v1/entries.ndjson', ''],
			],
		],
	] as [string, [string, string][]][])('round-trips %s, a line per file', (_name, files) => {
		const text = handover(files);
		expect(text.split('\n').filter(Boolean)).toHaveLength(files.length);
		expect([...handedOver(Buffer.from(text))]).toEqual(files);
	});
});

describe('writeDataFiles', () => {
	const files: [string, string][] = [
		['/api/v1/index.json', '{"version":"1"}\n'],
		['/api/v1/entries/news/a.json', '{"title":"Smuggling of migrants"}\n'],
		['/ar/publications/p/cite.bib', '@report{p, title = {تهريب المهاجرين}}\n'],
	];

	test('writes every file, with its folders, and names them all', () => {
		const done = writeDataFiles(dir, files);
		expect(done).toMatchObject({ written: 3, kept: 0 });
		expect([...done.files].sort()).toEqual(files.map(([path]) => join(dir, path)).sort());
		for (const [path, text] of files) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
	});

	test.each([
		['a path that is not a data file', [['/news/a/index.html', '<p>x</p>']], /\/news\/a\/index\.html is not a data file/],
		['a path handed over twice', [files[0]!, files[0]!], /\/api\/v1\/index\.json is given twice/],
	] as [string, [string, string][], RegExp][])('refuses %s', (_name, given, message) => {
		expect(() => writeDataFiles(dir, given)).toThrow(message);
	});
});
