import { describe, expect, test } from 'vitest';
import {
	isFirstPageAlias,
	itemRange,
	PAGE_SIZE,
	pageLinks,
	pageParam,
	paginate,
	paginatedPaths,
	pageUrl,
	type PageLink,
} from '../../../src/lib/routing/paging.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
	test.each([
		// [items, size, pages, sizes of each page]
		[0, 20, 1, [0]],
		[1, 20, 1, [1]],
		[19, 20, 1, [19]],
		[20, 20, 1, [20]],
		[21, 20, 2, [20, 1]],
		[40, 20, 2, [20, 20]],
		[41, 20, 3, [20, 20, 1]],
		[60, 20, 3, [20, 20, 20]],
		[5, 1, 5, [1, 1, 1, 1, 1]],
		[7, 3, 3, [3, 3, 1]],
	])('%i items by %i → %i pages', (count, size, pages, sizes) => {
		const items = range(count);
		const result = paginate(items, size);
		expect(result).toHaveLength(pages);
		expect(result.map((page) => page.items.length)).toEqual(sizes);
		expect(result.map((page) => page.current)).toEqual(range(pages));
		expect(result.every((page) => page.total === pages && page.totalItems === count)).toBe(true);
		// Every item exactly once, in order.
		expect(result.flatMap((page) => page.items)).toEqual(items);
	});

	test('an empty listing still has one empty page', () => {
		expect(paginate([])).toEqual([{ items: [], current: 1, total: 1, totalItems: 0 }]);
	});

	test('uses PAGE_SIZE by default', () => {
		expect(PAGE_SIZE).toBe(20);
		expect(paginate(range(41)).map((page) => page.items.length)).toEqual([20, 20, 1]);
	});

	test('does not change its input', () => {
		const items = Object.freeze(range(45));
		paginate(items, 10);
		expect(items).toEqual(range(45));
	});

	test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses page size %s', (size) => {
		expect(() => paginate([1, 2, 3], size)).toThrow(RangeError);
	});
});

describe('pageUrl', () => {
	test.each([
		['/news/', 1, '/news/'],
		['/news/', 0, '/news/'],
		['/news/', 2, '/news/page/2/'],
		['/news/', 10, '/news/page/10/'],
		['/topics/legislation/', 3, '/topics/legislation/page/3/'],
		['/', 2, '/page/2/'],
		['/fr/archive/2012/', 2, '/fr/archive/2012/page/2/'],
	])('%s page %i → %s', (base, n, expected) => {
		expect(pageUrl(base, n)).toBe(expected);
	});
});

/** Compact notation: numbers for pages, `[n]` for the current one, `…` for a gap. */
const show = (links: PageLink[]) => links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.n}]` : String(link.n))).join(' ');

describe('pageLinks', () => {
	test.each([
		// [current, total, window, expected]
		[1, 1, 1, '[1]'],
		[1, 2, 1, '[1] 2'],
		[2, 2, 1, '1 [2]'],
		[1, 3, 1, '[1] 2 3'],
		[2, 3, 1, '1 [2] 3'],
		[1, 5, 1, '[1] 2 … 5'],
		[1, 10, 1, '[1] 2 … 10'],
		[2, 10, 1, '1 [2] 3 … 10'],
		[3, 10, 1, '1 2 [3] 4 … 10'],
		// A gap of a single page shows that page instead of "…".
		[4, 10, 1, '1 2 3 [4] 5 … 10'],
		[5, 10, 1, '1 … 4 [5] 6 … 10'],
		[6, 10, 1, '1 … 5 [6] 7 … 10'],
		[7, 10, 1, '1 … 6 [7] 8 9 10'],
		[8, 10, 1, '1 … 7 [8] 9 10'],
		[9, 10, 1, '1 … 8 [9] 10'],
		[10, 10, 1, '1 … 9 [10]'],
		[5, 10, 2, '1 2 3 4 [5] 6 7 … 10'],
		[50, 100, 2, '1 … 48 49 [50] 51 52 … 100'],
		[5, 10, 0, '1 … [5] … 10'],
		[3, 5, 5, '1 2 [3] 4 5'],
	])('page %i of %i, window %i → %s', (current, total, window, expected) => {
		expect(show(pageLinks(current, total, window))).toBe(expected);
	});

	test.each([
		[1, 1],
		[1, 7],
		[4, 7],
		[7, 7],
		[13, 40],
	])('page %i of %i: exactly one current link, pages ascending, no two gaps in a row, first and last shown', (current, total) => {
		const links = pageLinks(current, total);
		const pages = links.filter((link) => link.kind === 'page');
		expect(pages.filter((link) => link.current).map((link) => link.n)).toEqual([current]);
		const numbers = pages.map((link) => link.n);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(new Set(numbers).size).toBe(numbers.length);
		expect(numbers[0]).toBe(1);
		expect(numbers.at(-1)).toBe(total);
		expect(links[0]?.kind).toBe('page');
		expect(links.at(-1)?.kind).toBe('page');
		links.forEach((link, i) => {
			if (link.kind === 'gap') expect(links[i + 1]?.kind).toBe('page');
		});
	});
});

describe('pageParam', () => {
	test.each([
		[0, undefined],
		[1, undefined],
		[2, 'page/2'],
		[12, 'page/12'],
	])('page %i → %s', (n, expected) => {
		expect(pageParam(n)).toBe(expected);
	});
});

describe('paginatedPaths', () => {
	test.each([
		[0, [undefined]],
		[20, [undefined]],
		[21, [undefined, 'page/2']],
		[41, [undefined, 'page/2', 'page/3']],
	])('%i items → page params %j, then page 1 again at page/1', (count, params) => {
		const all = paginatedPaths(range(count), { type: 'news' }, { title: 'News' });
		const alias = all.at(-1)!;
		expect(alias.params).toEqual({ type: 'news', page: 'page/1' });
		expect(alias.props.page).toMatchObject({ current: 1, items: [], redirect: true });
		const paths = all.slice(0, -1);
		expect(paths.map((path) => path.params)).toEqual(params.map((page) => ({ type: 'news', page })));
		expect(paths.map((path) => path.props.title)).toEqual(params.map(() => 'News'));
		expect(paths.map((path) => path.props.page.current)).toEqual(params.map((_, i) => i + 1));
		expect(paths.flatMap((path) => path.props.page.items)).toEqual(range(count));
	});

	test('honours the page size and keeps extra params', () => {
		const paths = paginatedPaths(['a', 'b', 'c'], { topic: 'legislation', lang: 'fr' }, { label: 'Legislation' }, 2);
		expect(paths).toEqual([
			{
				params: { topic: 'legislation', lang: 'fr', page: undefined },
				props: { label: 'Legislation', page: { items: ['a', 'b'], current: 1, total: 2, totalItems: 3 } },
			},
			{
				params: { topic: 'legislation', lang: 'fr', page: 'page/2' },
				props: { label: 'Legislation', page: { items: ['c'], current: 2, total: 2, totalItems: 3 } },
			},
			{
				params: { topic: 'legislation', lang: 'fr', page: 'page/1' },
				props: { label: 'Legislation', page: { items: [], current: 1, total: 2, totalItems: 3, redirect: true } },
			},
		]);
	});

	test('page params and pageUrl agree', () => {
		for (const { params, props } of paginatedPaths(range(61), {}, {}).filter((path) => !path.props.page.redirect)) {
			expect(pageUrl('/news/', props.page.current)).toBe(params.page ? `/news/${params.page}/` : '/news/');
		}
	});
});

describe('itemRange: "Showing 21–40 of 312"', () => {
	test.each([
		[
			{ current: 1, totalItems: 312 },
			{ from: 1, to: 20, count: 312 },
		],
		[
			{ current: 2, totalItems: 312 },
			{ from: 21, to: 40, count: 312 },
		],
		[
			{ current: 16, totalItems: 312 },
			{ from: 301, to: 312, count: 312 },
		],
		[
			{ current: 1, totalItems: 15 },
			{ from: 1, to: 15, count: 15 },
		],
		[
			{ current: 1, totalItems: 0 },
			{ from: 0, to: 0, count: 0 },
		],
	])('%j', (page, expected) => {
		expect(itemRange(page)).toEqual(expected);
	});
	test('with another page size', () => {
		expect(itemRange({ current: 3, totalItems: 25 }, 10)).toEqual({ from: 21, to: 25, count: 25 });
	});
});

test.each([
	['https://www.example.org/news/page/1/', true],
	['/sub/topics/legislation/page/1/', true],
	['/news/page/11/', false],
	['/news/page/2/', false],
	['/news/', false],
])('isFirstPageAlias %s', (url, expected) => {
	expect(isFirstPageAlias(url)).toBe(expected);
});
