import { describe, expect, test } from 'vitest';
import { cacheKeyOf, withCacheKeys } from '../../../src/lib/build-cache/cache-key.ts';

describe('cacheKeyOf', () => {
	test.each([
		['a changed title', [{ title: 'A' }], [{ title: 'B' }]],
		['a changed neighbour', [{ title: 'A' }, { newer: 'x' }], [{ title: 'A' }, { newer: 'y' }]],
		['the same inputs in another order', ['a', 'b'], ['b', 'a']],
		['a missing input', [{ title: 'A' }, undefined], [{ title: 'A' }]],
		['a renamed term label', [{ slug: 'sea', label: 'Sea' }], [{ slug: 'sea', label: 'By sea' }]],
	])('changes with %s', (_name, a, b) => {
		expect(cacheKeyOf(...a)).not.toBe(cacheKeyOf(...b));
	});

	test('is stable for equal inputs, and short', () => {
		expect(cacheKeyOf({ title: 'A', topics: ['x'] }, 2)).toBe(cacheKeyOf({ title: 'A', topics: ['x'] }, 2));
		expect(cacheKeyOf('x')).toMatch(/^[\w-]{32}$/);
	});
});

describe('withCacheKeys', () => {
	const paths = [
		{ params: { page: undefined }, props: { page: { current: 1, items: ['a', 'b'] } } },
		{ params: { page: '2' }, props: { page: { current: 2, items: ['c'] } } },
	];

	test('keeps params and props and keys each path by its props', () => {
		const keyed = withCacheKeys(paths);
		expect(keyed.map(({ params, props }) => ({ params, props }))).toEqual(paths);
		expect(keyed[0]!.cacheKey).toBe(cacheKeyOf(paths[0]!.props));
		expect(keyed[0]!.cacheKey).not.toBe(keyed[1]!.cacheKey);
	});

	test('adds what the page reads besides its props', () => {
		expect(withCacheKeys(paths, () => ['label A'])[0]!.cacheKey).not.toBe(withCacheKeys(paths, () => ['label B'])[0]!.cacheKey);
	});
});
