import { expect, test } from 'vitest';
import { FIND_PATTERNS, isHashedFile } from '../../../scripts/lib/deploy/hashed-files.ts';

const SAMPLES: [string, boolean][] = [
	['_astro/BaseLayout.Bu169oBq.css', true],
	['_astro/BaseLayout.Bu169oBq.css.br', true],
	['pagefind/en/fragment/en_6e16cff.pf_fragment', true],
	['pagefind/zh/fragment/zh_6e16cff.pf_fragment', true],
	['pagefind/ar/index/ar_84299f5.pf_index', true],
	['pagefind-browse/filter/en_15dd9a0.pf_filter', true],
	['pagefind/fr/pagefind.fr_b3b9c0d122.pf_meta', true],
	['pagefind-browse/pagefind.en_1.pf_meta', true],
	['pagefind/en/pagefind-entry.json', false],
	['pagefind/en/sort-date.json', false],
	['pagefind/ru/pagefind.js', false],
	['pagefind/en/wasm.en.pagefind', false],
	['index.html', false],
	['news/_astro/x.css', false],
];

test.each(SAMPLES)('isHashedFile(%s) is %s', (path, hashed) => {
	expect(isHashedFile(path)).toBe(hashed);
});

/** A find -path pattern as a regular expression (`*` matches `/` too, as in find). */
const findRegex = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);

test('the find patterns of the target script select the same files', () => {
	for (const [path, hashed] of SAMPLES)
		expect(
			FIND_PATTERNS.some((pattern) => findRegex(pattern).test(path)),
			path,
		).toBe(hashed);
});
