/** Query results by date (src/lib/search/date-order.ts). */
import { describe, expect, test } from 'vitest';
import { dateOrder, mergedDateOrder, orderByDate } from '../../../src/lib/search/date-order.ts';

describe('dateOrder', () => {
	test('newest first; the same day in address order; whatever order the pages come in', () => {
		const pages = [
			{ id: 'en_a', url: '/news/b/', date: '2011-06-29' },
			{ id: 'en_b', url: '/news/z/', date: '2012-02-21' },
			{ id: 'en_c', url: '/news/a/', date: '2011-06-29' },
			{ id: 'en_d', url: '/events/x/', date: '2011-12-19' },
		];
		expect(dateOrder(pages)).toEqual({ ids: ['en_b', 'en_d', 'en_c', 'en_a'], dates: ['2012-02-21', '2011-12-19', '2011-06-29', '2011-06-29'] });
		expect(dateOrder([...pages].reverse())).toEqual(dateOrder(pages));
	});
});

describe('mergedDateOrder', () => {
	const en = { ids: ['e1', 'e2', 'e3'], dates: ['2012-03-07', '2011-06-29', '2010-01-01'] };
	const fr = { ids: ['f1', 'f2'], dates: ['2011-06-29', '2011-01-05'] };
	test.each([
		['one file is its own order', [en], ['e1', 'e2', 'e3']],
		['newest first across files; a day shared in the files’ order', [en, fr], ['e1', 'e2', 'f1', 'f2', 'e3']],
		['the page’s language first on a shared day', [fr, en], ['e1', 'f1', 'e2', 'f2', 'e3']],
		['no files, no order', [], []],
	])('%s', (_, files, expected) => {
		expect(mergedDateOrder(files)).toEqual(expected);
	});
});

describe('orderByDate', () => {
	const ids = ['n1', 'n2', 'n3', 'n4'];
	const ranked = [{ id: 'n3' }, { id: 'n1' }, { id: 'x' }, { id: 'n4' }];
	test.each([
		['newest', ['n1', 'n3', 'n4', 'x']],
		['oldest', ['n4', 'n3', 'n1', 'x']],
	] as const)('%s first; an id the order lacks goes last', (direction, expected) => {
		expect(orderByDate(ranked, ids, direction).map((result) => result.id)).toEqual(expected);
	});
});
