import { expect, test } from 'vitest';
import { cacheFilesToPrune } from '../../../src/lib/build-cache/image-cache.ts';

test.each([
	// An image in use stays, with its metadata file.
	[['a.1_x.avif', 'a.1_x.avif.json'], ['a.1_x.avif'], []],
	// One no page names goes, with its metadata.
	[['a.1_x.avif', 'a.1_old.avif', 'a.1_old.avif.json'], ['a.1_x.avif'], ['a.1_old.avif', 'a.1_old.avif.json']],
	// Nothing in use: the cache is emptied.
	[['a.1_x.avif'], [], ['a.1_x.avif']],
	[[], ['a.1_x.avif'], []],
])('cache %j with %j in use: prune %j', (names, inUse, expected) => expect(cacheFilesToPrune(names, new Set(inUse))).toEqual(expected));
