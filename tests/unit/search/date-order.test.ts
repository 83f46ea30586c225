/** Query results by date (src/lib/search/date-order.ts). */
import { describe, expect, test } from 'vitest';
import { dateOrder, orderByDate } from '../../../src/lib/search/date-order.ts';

describe('dateOrder', () => {
	test('newest first; the same day in address order; whatever order the pages come in', () => {
		const pages = [
			{ id: 'en_a', url: '/news/b/', date: '2011-06-29' },
			{ id: 'en_b', url: '/news/z/', date: '2012-02-21' },
			{ id: 'en_c', url: '/news/a/', date: '2011-06-29' },
			{ id: 'en_d', url: '/events/x/', date: '2011-12-19' },
		];
		expect(dateOrder(pages)).toEqual(['en_b', 'en_d', 'en_c', 'en_a']);
		expect(dateOrder([...pages].reverse())).toEqual(dateOrder(pages));
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
