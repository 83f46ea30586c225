import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLegacyDate } from '../../scripts/lib/legacy/date.ts';
import { parseLegacyHtml } from '../../scripts/lib/legacy/html.ts';
import { LegacyInputError, parseLegacyText } from '../../scripts/lib/legacy/items.ts';
import { FIXTURES, LEGACY_TEXT } from './helpers.ts';

describe('parseLegacyDate: strict day/month/year', () => {
	test.each([
		['07/03/2012', '2012-03-07'],
		['7/3/2012', '2012-03-07'],
		['29/02/2012', '2012-02-29'],
		['31/12/2011', '2011-12-31'],
		['31/02/2012', null],
		['29/02/2011', null],
		['13/13/2012', null],
		['00/01/2012', null],
		['03/07/12', null],
		['2012-03-07', null],
		['07.03.2012', null],
		['', null],
	])('%j → %j', (input, expected) => expect(parseLegacyDate(input)).toBe(expected));

	test('does not read 12/01/2012 as December (month/day)', () => expect(parseLegacyDate('12/01/2012')).toBe('2012-01-12'));
});

const parseError = (fn: () => unknown): LegacyInputError => {
	try {
		fn();
	} catch (error) {
		if (error instanceof LegacyInputError) return error;
		throw error;
	}
	throw new Error('no error thrown');
};

describe('parseLegacyText', () => {
	const items = parseLegacyText(readFileSync(LEGACY_TEXT, 'utf8'));

	test('finds the 15 items with dates, titles and source lines', () => {
		expect(items).toHaveLength(15);
		expect(items[0]).toMatchObject({
			line: 4,
			date: '2012-03-07',
			title: 'UNODC Strategy on Human Trafficking and Migrant Smuggling',
			lostLinks: ['Read more here.'],
		});
		expect(items.at(-1)).toMatchObject({ date: '2011-06-29', title: expect.stringMatching(/^India: Significance/) });
	});

	test('each line of text is a paragraph; "Read more here." is not', () => {
		expect(items[1]?.paragraphs).toHaveLength(2);
		expect(items[0]?.paragraphs.join(' ')).not.toContain('Read more');
	});

	test('a title-only item has no paragraphs', () => {
		expect(items.find((item) => item.title.startsWith('Issue Paper'))).toMatchObject({ paragraphs: [], date: '2011-12-19' });
	});

	test.each([
		['bad-date.txt', 8, /"31\/02\/2012" is not a real date/],
		['no-title.txt', 3, /has no title/],
		['truncated.txt', 8, /not a complete date.*cut off/],
		['no-items.txt', 1, /no items found/],
	])('%s: error at line %i', (name, line, message) => {
		const error = parseError(() => parseLegacyText(readFileSync(join(FIXTURES, 'legacy', name), 'utf8')));
		expect(error.line).toBe(line);
		expect(error.message).toMatch(message);
	});

	test('a date line at the very end has no title', () => {
		expect(parseError(() => parseLegacyText('  • 07/03/2012\n    Title\n  • 08/03/2012\n')).message).toMatch(/ends after the date.*cut off/);
	});

	test('a last paragraph cut mid-sentence is flagged', () => {
		expect(parseLegacyText('  • 07/03/2012\n    Title\n    The text stops in the mid').at(-1)?.notes.join()).toMatch(/cut off/);
	});

	test('NUL bytes are refused', () => {
		expect(parseError(() => parseLegacyText('  • 07/03/2012\n    Title\n\u0000\u0000')).line).toBe(3);
	});
});

describe('parseLegacyHtml', () => {
	test('the HTML listing gives the same items as the text, with link targets', () => {
		const { items, notes } = parseLegacyHtml(readFileSync(join(FIXTURES, 'legacy/listing.html'), 'utf8'));
		const text = parseLegacyText(readFileSync(LEGACY_TEXT, 'utf8'));
		expect(items.map((item) => [item.date, item.title, item.paragraphs])).toEqual(text.map((item) => [item.date, item.title, item.paragraphs]));
		expect(items[0]?.lostLinks).toEqual([]);
		expect(items[0]?.links).toContainEqual({
			label: 'Read more',
			url: 'https://www.unodc.org/documents/human-trafficking/unodc-strategy-on-human-trafficking-and-.pdf',
			format: 'PDF',
		});
		expect(notes.join('\n')).toMatch(/<script> removed/);
		expect(notes.join('\n')).toMatch(/javascript:alert\(1\).*dropped/);
	});

	test('scripts, event handlers and javascript: links are dropped, never run or copied', () => {
		delete (globalThis as Record<string, unknown>)['pwned'];
		const { items, notes } = parseLegacyHtml(readFileSync(join(FIXTURES, 'legacy/scripts.html'), 'utf8'));
		expect((globalThis as Record<string, unknown>)['pwned']).toBeUndefined();
		const all = JSON.stringify(items);
		expect(all).not.toMatch(/pwned|<script|writeFileSync|onerror|onclick|javascript/i);
		expect(items[0]).toMatchObject({ title: 'A page with scripts', paragraphs: ['Text stays.'], lostLinks: ['Read more here.'] });
		expect(notes.join('\n')).toMatch(/line 6: <script> removed/);
	});

	test.each([
		['a file cut inside a tag', '<html><body><ul><li>07/03/2012<br><a href="x', /cut off|truncated/],
		['a file without its end', '<html><body><ul><li>07/03/2012<br>Title<p>Text', /truncated/],
	])('%s is refused', (_name, html, message) => {
		expect(parseError(() => parseLegacyHtml(html)).message).toMatch(message);
	});

	test('the truncated fixture is refused with a line number', () => {
		const error = parseError(() => parseLegacyHtml(readFileSync(join(FIXTURES, 'legacy/truncated.html'), 'utf8')));
		expect(error.line).toBeGreaterThan(1);
	});

	test('relative links need a base: dropped with a note without one', () => {
		const { items, notes } = parseLegacyHtml('<ul><li>07/03/2012 <a href="page.html">Title</a></li></ul>');
		expect(items[0]?.links).toEqual([]);
		expect(notes.join()).toMatch(/--base-url/);
		expect(parseLegacyHtml('<ul><li>07/03/2012 <a href="page.html">Title</a></li></ul>', 'https://www.unodc.org/x/').items[0]?.links).toEqual([
			{ label: 'Original page', url: 'https://www.unodc.org/x/page.html' },
		]);
	});
});

test('a page nesting 100,000 elements is read without overflowing the stack (issue #15.10)', () => {
	const N = 100_000;
	const html = `<html><body><ul><li>07/03/2012<br>A deep item<br>${'<div>'.repeat(N)}Deep text.${'</div>'.repeat(N)}</li></ul></body></html>`;
	const { items } = parseLegacyHtml(html);
	expect(items.map((item) => [item.date, item.title, item.paragraphs])).toEqual([['2012-03-07', 'A deep item', ['Deep text.']]]);
}, 60_000);
