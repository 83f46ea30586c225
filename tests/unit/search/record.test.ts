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
		[{}, { title: 'Model Law', type: 'Model law', section: 'publications', date: '2011-08-22' }],
		[{ image: '/base/images/a.jpg' }, { title: 'Model Law', type: 'Model law', section: 'publications', date: '2011-08-22', image: '/base/images/a.jpg' }],
	])('metadata %#', (extra, expected) => {
		expect(searchMeta({ ...entry, ...extra })).toEqual(expected);
	});

	test('a browse record has the entry URL, the summary as content and the date sort', () => {
		expect(browseRecord(entry, 'en')).toMatchObject({
			url: '/publications/model-law/',
			language: 'en',
			content: 'Helps States implement the Protocol.',
			sort: { date: '2011-08-22' },
		});
		expect(browseRecord({ ...entry, summary: '' }, 'en').content).toBe('Model Law');
	});

	// Pagefind files a custom record under its `language`, and a page searches only the
	// sub-index of its own language: records filed under each entry's language made every
	// non-English entry invisible from the English search page (issue #14, point 1).
	test.each([
		['an English entry, English page', 'en', 'en'],
		['a Chinese entry, English page', 'zh', 'en'],
		['a French entry, French page', 'fr', 'fr'],
		['an Arabic entry, French page', 'ar', 'fr'],
	])('%s: filed under the page language, the entry language kept as a filter', (_, entryLang, pageLang) => {
		const record = browseRecord({ ...entry, lang: entryLang, languages: [] }, pageLang);
		expect(record.language).toBe(pageLang);
		expect(record.filters.language).toEqual([entryLang]);
	});
});
