/** Query words that match nothing (src/lib/search/words.ts). */
import { describe, expect, test } from 'vitest';
import { queryWords, unmatchedWords } from '../../../src/lib/search/words.ts';

describe('queryWords', () => {
	test.each([
		[
			'migrant xylophone',
			'en-GB',
			[
				{ text: 'migrant', search: 'migrant' },
				{ text: 'xylophone', search: 'xylophone' },
			],
		],
		[
			'  Model   LAW, ',
			'en-GB',
			[
				{ text: 'Model', search: 'model' },
				{ text: 'LAW', search: 'law' },
			],
		],
		// Pagefind joins hyphenated words; the reader still sees what they typed.
		[
			'cross-border migrant',
			'en-GB',
			[
				{ text: 'cross-border', search: 'crossborder' },
				{ text: 'migrant', search: 'migrant' },
			],
		],
		['law law Law', 'en-GB', [{ text: 'law', search: 'law' }]],
		['(C++)', 'en-GB', [{ text: 'C++', search: 'c++' }]],
		// A phrase is searched as a whole.
		['"model law" xylophone', 'en-GB', []],
		['', 'en-GB', []],
		[
			'走私移民',
			'zh',
			[
				{ text: '走私', search: '走私' },
				{ text: '移民', search: '移民' },
			],
		],
	])('%j (%s)', (query, locale, words) => {
		expect(queryWords(query, locale)).toEqual(words);
	});
});

describe('unmatchedWords', () => {
	const words = queryWords('migrant xylophone zither', 'en-GB');
	test.each([
		[[12, 0, 0], { missing: ['xylophone', 'zither'], kept: ['migrant'] }],
		[[12, 3, 0], { missing: ['zither'], kept: ['migrant', 'xylophone'] }],
		[[12, 3, 1], undefined],
		[[0, 0, 0], undefined],
	])('%j', (found, expected) => {
		expect(unmatchedWords(words, found)).toEqual(expected);
	});
});
