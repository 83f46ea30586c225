import { describe, expect, test } from 'vitest';
import { createTranslator, fillPlaceholders, pluralForm, type Message } from '../../../src/lib/i18n/translate.ts';

const fallback: Record<string, Message> = {
	'nav.news': 'News',
	'pagination.status': 'Page {current} of {total}',
	'topic.title': 'Topic: {label}',
	'listing.count': { one: '1 item', other: '{count} items' },
	'only.english': 'Only in English',
};

describe('createTranslator', () => {
	const t = createTranslator('en-GB', fallback, fallback);

	test.each<[string, Record<string, string | number> | undefined, string]>([
		['nav.news', undefined, 'News'],
		['listing.count', { count: 3 }, '3 items'],
		['listing.count', { count: 1 }, '1 item'],
		['listing.count', { count: 0 }, '0 items'],
		['pagination.status', { current: 2, total: 5 }, 'Page 2 of 5'],
		// Missing variables are left visible rather than replaced by "undefined"; unused ones are ignored.
		['pagination.status', { current: 2 }, 'Page 2 of {total}'],
		['pagination.status', undefined, 'Page {current} of {total}'],
		['nav.news', { unused: 'x' }, 'News'],
		// Values are inserted literally, even when they look like placeholders or replacement patterns.
		['topic.title', { label: '{label} $& $1' }, 'Topic: {label} $& $1'],
	])('t(%s, %o) → %s', (key, vars, expected) => {
		expect(t(key, vars)).toBe(expected);
	});

	test('keys the language lacks come from the fallback', () => {
		const fr = createTranslator('fr', { 'nav.news': 'Actualités' }, fallback);
		expect(fr('nav.news')).toBe('Actualités');
		expect(fr('only.english')).toBe('Only in English');
	});

	test.each<[string, Record<string, Message>, number, string]>([
		// Arabic has six forms.
		['ar', { n: { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 0, 'zero'],
		['ar', { n: { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 2, 'two'],
		['ar', { n: { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 7, 'few 7'],
		['ar', { n: { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 11, 'many 11'],
		['ar', { n: { zero: 'zero', one: 'one', two: 'two', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 100, 'other 100'],
		// Russian: one (21), few (22), many (25).
		['ru', { n: { one: 'one {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 21, 'one 21'],
		['ru', { n: { one: 'one {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 22, 'few 22'],
		['ru', { n: { one: 'one {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' } }, 25, 'many 25'],
		// Chinese has one form; a missing form falls back to `other`.
		['zh', { n: { other: '{count} 项' } }, 1, '1 项'],
		['fr', { n: { one: '{count} élément', other: '{count} éléments' } }, 0, '0 élément'],
	])('%s plural of %i', (locale, dictionary, count, expected) => {
		expect(createTranslator(locale, dictionary, dictionary)('n', { count })).toBe(expected);
	});
});

describe('pluralForm', () => {
	test('uses the category Intl.PluralRules picks, else other', () => {
		expect(pluralForm({ one: 'a', other: 'b' }, 1, new Intl.PluralRules('en'))).toBe('a');
		expect(pluralForm({ other: 'b' }, 1, new Intl.PluralRules('en'))).toBe('b');
	});
});

describe('fillPlaceholders', () => {
	test.each([
		['{a} and {b}', { a: 1, b: 'x' }, '1 and x'],
		['{a}', undefined, '{a}'],
		['{a}', {}, '{a}'],
	])('%s with %o → %s', (template, vars, expected) => {
		expect(fillPlaceholders(template, vars)).toBe(expected);
	});
});
