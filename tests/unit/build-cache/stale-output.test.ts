import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { foldersOf, listFiles, staleFiles, type OutputOwners } from '../../../src/lib/build-cache/stale-output.ts';

const dir = '/site';
const owners: OutputOwners = {
	written: new Set(['/site/index.html', '/site/news/a/index.html', '/site/events/e.ics', '/site/news/index.html']),
	publicFiles: new Set(['favicon.svg', '_headers']),
	ownedFolders: ['pagefind', 'pagefind-browse'],
	keep: (file) => file.startsWith('sitemap') || file === '_astro/new.css',
};

describe('staleFiles', () => {
	test.each([
		['a page this build wrote or reused', 'news/a/index.html', false],
		['an endpoint this build wrote', 'events/e.ics', false],
		['a public file', 'favicon.svg', false],
		['a search index file', 'pagefind/fragment/en_1.pf_fragment', false],
		['a file the sitemap writes afterwards', 'sitemap-0.xml', false],
		['an asset Vite wrote in this build', '_astro/new.css', false],
		['the page of a deleted entry', 'news/deleted/index.html', true],
		['a listing page that no longer exists', 'news/page/9/index.html', true],
		['the calendar file of a deleted event', 'events/old.ics', true],
		['an asset of an earlier build', '_astro/old.css', true],
		['a folder whose name only starts like an owned one', 'pagefind-old/x.js', true],
	])('%s: stale = %s', (_name, file, stale) => {
		expect(staleFiles(dir, [file], owners)).toEqual(stale ? [file] : []);
	});
});

describe('listFiles', () => {
	const root = mkdtempSync(join(tmpdir(), 'stale-output-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('lists nested files with / separators and no folders', () => {
		mkdirSync(join(root, 'news', 'a'), { recursive: true });
		mkdirSync(join(root, 'empty'));
		writeFileSync(join(root, 'index.html'), '');
		writeFileSync(join(root, 'news', 'a', 'index.html'), '');
		expect(listFiles(root).sort()).toEqual(['index.html', 'news/a/index.html']);
	});

	test('leaves out the top-level folders it is told to skip, and only those', () => {
		mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
		mkdirSync(join(root, 'news', 'pagefind'), { recursive: true });
		writeFileSync(join(root, 'pagefind', 'fragment', 'en_1.pf_fragment'), '');
		writeFileSync(join(root, 'news', 'pagefind', 'index.html'), '');
		writeFileSync(join(root, 'pagefind-old.js'), '');
		expect(listFiles(root, ['pagefind']).sort()).toEqual(['index.html', 'news/a/index.html', 'news/pagefind/index.html', 'pagefind-old.js']);
		expect(listFiles(root)).toContain('pagefind/fragment/en_1.pf_fragment');
	});
});

describe('foldersOf', () => {
	test.each([
		['no files', [], []],
		['a file at the top', ['index.html'], []],
		['a deleted entry page', ['news/deleted/index.html'], ['news/deleted', 'news']],
		[
			'deeper folders first, each once',
			['news/page/9/index.html', 'news/old/index.html', 'events/x/e.ics'],
			['news/page/9', 'events/x', 'news/old', 'news/page', 'events', 'news'],
		],
	])('%s', (_name, files, folders) => {
		expect(foldersOf(files)).toEqual(folders);
	});
});
