import { describe, expect, test } from 'vitest';
import { characterName, findForbiddenCharacter, forbiddenCharactersIn, replaceForbiddenCharacters } from '../../../src/lib/text/characters.ts';
import { describeValue, quote } from '../../../src/lib/text/quote.ts';

describe('quote: what a message shows of a string', () => {
	test.each([
		['short', '"short"'],
		['', '""'],
		['with "quotes" and \\', '"with \\"quotes\\" and \\\\"'],
		['line\nbreak and\vtab', '"line\\nbreak and\\u000btab"'],
		['x'.repeat(40), `"${'x'.repeat(40)}"`],
		['x'.repeat(41), `"${'x'.repeat(40)}…" (41 characters)`],
		['y'.repeat(2_700_000_000 / 1_000_000), `"${'y'.repeat(40)}…" (2,700 characters)`],
		['🙂'.repeat(50), `"${'🙂'.repeat(40)}…" (100 characters)`],
	])('%j → %s', (text, shown) => expect(quote(text)).toBe(shown));
});

describe('describeValue: what a message says a value is', () => {
	test.each<[unknown, string]>([
		['text', 'the text "text"'],
		['  ', 'empty text'],
		[42, 'the number 42'],
		[false, 'false (a yes/no value)'],
		[null, 'nothing'],
		[[1, 2], 'a list (2 items)'],
		[{ a: 1 }, 'a set of fields'],
	])('%j → %s', (value, described) => expect(describeValue(value)).toBe(described));

	test('a shared list of a million items is described without being walked', () => {
		const big = Array(1_000_000).fill(Array(1_000_000).fill('lol'));
		expect(describeValue(big)).toBe('a list (1000000 items)');
	});
});

describe('characters no output may carry', () => {
	test.each([
		['\u000b', 'a vertical tab (U+000B), which word processors paste for a line break'],
		['\u000c', 'a form feed (U+000C), which word processors paste for a page break'],
		['\u0000', 'a null character (U+0000)'],
		['\u0001', 'a control character (U+0001)'],
		['\u007f', 'a delete character (U+007F)'],
		['\uffff', 'the non-character U+FFFF'],
		['\ud800', 'half of a character pair (U+D800)'],
	])('%j is found and named', (char, name) => {
		expect(findForbiddenCharacter(`a${char}b`)).toEqual({ index: 1, char });
		expect(characterName(char)).toBe(name);
		expect(replaceForbiddenCharacters(`a${char}b`)).toBe('a\ufffdb');
	});

	test.each(['tab\there', 'line\nfeed', 'cr\r\n', 'emoji 🙂', 'U+0085 \u0085 and U+00A0 \u00a0', 'العربية', ''])('%j is fine', (text) => {
		expect(findForbiddenCharacter(text)).toBeUndefined();
		expect(replaceForbiddenCharacters(text)).toBe(text);
	});

	test('found in parsed values, keys included, with their paths', () => {
		const found = forbiddenCharactersIn({ title: 'a\u000bb', links: [{ label: 'ok' }, { label: '\u0000' }], 'ke\u0001y': 'v' });
		expect(found.sort((a, b) => (a.path.join('.') < b.path.join('.') ? -1 : 1))).toEqual([
			{ path: ['ke\u0001y'], char: '\u0001' },
			{ path: ['links', 1, 'label'], char: '\u0000' },
			{ path: ['title'], char: '\u000b' },
		]);
	});
});
