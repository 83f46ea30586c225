import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../../src/translations/en.ts';
import { languageName, textDirection, useTranslations } from '../../../src/lib/i18n/translate.ts';

describe('useTranslations', () => {
	const t = useTranslations('en');

	test.each<[Parameters<typeof t>[0], Record<string, string | number> | undefined, string]>([
		['nav.news', undefined, 'News'],
		['site.name', undefined, 'Smuggling of Migrants'],
		['listing.count', { count: 3 }, '3 items'],
		['listing.count', { count: 0 }, '0 items'],
		['pagination.status', { current: 2, total: 5 }, 'Page 2 of 5'],
		['pagination.page', { n: 7 }, 'Page 7'],
		['topic.title', { label: 'Legislation' }, 'Topic: Legislation'],
		['archive.year', { year: 2012 }, 'Published in 2012'],
		// Missing variables are left visible rather than replaced by "undefined"; unused ones are ignored.
		['pagination.status', { current: 2 }, 'Page 2 of {total}'],
		['pagination.status', undefined, 'Page {current} of {total}'],
		['nav.news', { unused: 'x' }, 'News'],
		// Values are inserted literally, even when they look like placeholders or replacement patterns.
		['topic.title', { label: '{label} $& $1' }, 'Topic: {label} $& $1'],
	])('t(%s, %o) → %s', (key, vars, expected) => {
		expect(t(key, vars)).toBe(expected);
	});

	test.each([undefined, 'en', 'fr', 'xx'])('language %s falls back to English for missing dictionaries and keys', (lang) => {
		const translate = useTranslations(lang);
		expect(translate('nav.news')).toBe(dictionaries['en']!['nav.news']);
		expect(translate('listing.count', { count: 12 })).toBe('12 items');
	});

	test('every English string is non-empty', () => {
		for (const [key, value] of Object.entries(dictionaries['en']!)) expect(value.trim(), key).not.toBe('');
	});
});

describe('languageName', () => {
	test.each([
		['en', 'en', 'English'],
		['ar', 'en', 'Arabic'],
		['fr', 'en', 'French'],
		['es', 'en', 'Spanish'],
		['ru', 'en', 'Russian'],
		['zh', 'en', 'Chinese'],
		['fr', 'fr', 'français'],
		['en', 'fr', 'anglais'],
		['es', 'es', 'español'],
	])('%s in %s → %s', (code, inLang, expected) => {
		expect(languageName(code, inLang)).toBe(expected);
	});

	test('defaults to English names', () => {
		expect(languageName('ar')).toBe('Arabic');
	});
});

describe('textDirection', () => {
	test.each([
		['ar', 'rtl'],
		['fa', 'rtl'],
		['he', 'rtl'],
		['ur', 'rtl'],
		['ar-EG', 'rtl'],
		['en', 'ltr'],
		['fr', 'ltr'],
		['ru', 'ltr'],
		['zh', 'ltr'],
		['en-GB', 'ltr'],
		['', 'ltr'],
	])('%j → %s', (lang, expected) => {
		expect(textDirection(lang)).toBe(expected);
	});
});
