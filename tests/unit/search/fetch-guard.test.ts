/** Failed Pagefind fetches told from "no results" (src/lib/search/fetch-guard.ts). */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { guardedFetch, isPagefindFile, type FetchFailure } from '../../../src/lib/search/fetch-guard.ts';

const file = (text: string) => new Uint8Array(gzipSync(Buffer.from(`pagefind_dcd${text}`)));
const chunk = file('x'.repeat(2000));

/** A fetch that answers every request with `respond()`. */
function run(respond: () => Response | Promise<Response>, url = '/pagefind/index/en_1.pf_index') {
	const failures: FetchFailure[] = [];
	const fetch = guardedFetch(
		async () => respond(),
		(failure) => failures.push(failure),
	);
	return { failures, response: fetch(url) };
}

describe('isPagefindFile', () => {
	test.each([
		['/pagefind/index/en_1a2b.pf_index', true],
		['/sub/pagefind-browse/filter/en_1.pf_filter', true],
		['/pagefind/fragment/en_1.pf_fragment', true],
		['/pagefind/pagefind.en_1.pf_meta', true],
		['/pagefind/wasm.en.pagefind?x=1', true],
		['/pagefind/pagefind-entry.json?ts=1', false],
		['/pagefind/sort-date.json', false],
		['/_astro/search.js', false],
	])('%s: %s', (url, expected) => {
		expect(isPagefindFile(url)).toBe(expected);
	});
});

describe('guardedFetch', () => {
	test('a complete file goes through decompressed (Pagefind takes it as is), nothing reported', async () => {
		const { failures, response } = run(() => new Response(chunk));
		expect(Buffer.from(await (await response).arrayBuffer()).toString()).toBe(`pagefind_dcd${'x'.repeat(2000)}`);
		expect(failures).toEqual([]);
	});

	test('an uncompressed file goes through', async () => {
		const { failures, response } = run(() => new Response('pagefind_dcd{}'));
		expect((await response).ok).toBe(true);
		expect(failures).toEqual([]);
	});

	test('a 500 is reported and handed on', async () => {
		const { failures, response } = run(() => new Response('oops', { status: 500 }));
		expect((await response).status).toBe(500);
		expect(failures).toEqual([{ url: '/pagefind/index/en_1.pf_index', reason: 'HTTP 500' }]);
	});

	test('a network error is reported and thrown again', async () => {
		const { failures, response } = run(() => Promise.reject(new TypeError('Failed to fetch')));
		await expect(response).rejects.toThrow('Failed to fetch');
		expect(failures[0]?.reason).toMatch(/^network/);
	});

	test.each([
		['truncated', chunk.subarray(0, chunk.length / 2)],
		['garbage of the right length', new Uint8Array(chunk.length).fill(65)],
		['empty', new Uint8Array(0)],
		['gzip of something else', new Uint8Array(gzipSync(Buffer.from('<html>error</html>')))],
	])('a %s body is reported and becomes a 502', async (_, body) => {
		const { failures, response } = run(() => new Response(body as Uint8Array<ArrayBuffer>));
		expect((await response).status).toBe(502);
		expect(failures).toHaveLength(1);
	});

	test('other requests are not touched', async () => {
		const { failures, response } = run(() => new Response('not pagefind', { status: 500 }), '/pagefind/pagefind-entry.json');
		expect((await response).status).toBe(500);
		expect(failures).toEqual([]);
	});
});
