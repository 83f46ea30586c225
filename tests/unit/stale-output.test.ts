import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listFiles, staleFiles, type OutputOwners } from '../../src/lib/stale-output.ts';

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
});
