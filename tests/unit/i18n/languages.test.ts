import { describe, expect, test } from 'vitest';
import { languageName, textDirection } from '../../../src/lib/i18n/languages.ts';

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
