import { describe, expect, test } from 'vitest';
import { browseRecord, searchFilters, searchMeta, type SearchEntry } from '../../../src/lib/search/record.ts';

const entry: SearchEntry = {
	section: 'publications',
	slug: 'model-law',
	title: 'Model Law',
	date: '2011-08-22',
	lang: 'en',
	typeLabel: 'Model law',
	summary: 'Helps States implement the Protocol.',
	topics: ['legislation'],
	regions: ['global'],
	languages: ['ar', 'en', 'fr', 'en'],
};

describe('search records', () => {
	test('filters are slugs: type, year, month, topics, regions and every language once', () => {
		expect(searchFilters(entry)).toEqual({
			type: ['publications'],
			year: ['2011'],
			month: ['2011-08'],
			topic: ['legislation'],
			region: ['global'],
			language: ['en', 'ar', 'fr'],
		});
	});

	test.each([
		[{}, { title: 'Model Law', type: 'Model law', section: 'publications', lang: 'en', date: '2011-08-22' }],
		[{ kind: 'model-law' }, { title: 'Model Law', type: 'Model law', section: 'publications', kind: 'model-law', lang: 'en', date: '2011-08-22' }],
		[
			{ image: '/base/images/a.jpg' },
			{ title: 'Model Law', type: 'Model law', section: 'publications', lang: 'en', date: '2011-08-22', image: '/base/images/a.jpg' },
		],
	])('metadata %#', (extra, expected) => {
		expect(searchMeta({ ...entry, ...extra })).toEqual(expected);
	});

	test('a browse record has the page path, the summary as content, the date sort and the languages that list it', () => {
		expect(browseRecord(entry, '/fr/publications/model-law/', ['fr'])).toMatchObject({
			url: '/fr/publications/model-law/',
			content: 'Helps States implement the Protocol.',
			sort: { date: '2011-08-22' },
			filters: { shown: ['fr'] },
		});
		expect(browseRecord({ ...entry, summary: '' }, '/publications/model-law/', ['en']).content).toBe('Model Law');
	});

	// Pagefind files a custom record under its `language`, and a page searches only the
	// sub-index of its own language: records filed under each entry's language made every
	// non-English entry invisible from the English search page (issue #14, point 1).
	test.each([
		['an English entry', 'en'],
		['a Chinese entry', 'zh'],
		['a French entry', 'fr'],
		['an Arabic entry', 'ar'],
	])('%s: filed under one language for every page, the entry language kept as a filter', (_, entryLang) => {
		const record = browseRecord({ ...entry, lang: entryLang, languages: [] }, `/${entryLang}/news/x/`, [entryLang, 'en']);
		expect(record.language).toBe('en');
		expect(record.filters.language).toEqual([entryLang]);
		expect(record.filters.shown).toEqual([entryLang, 'en']);
	});
});
