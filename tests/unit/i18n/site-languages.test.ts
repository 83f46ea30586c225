import { describe, expect, test } from 'vitest';
import { parseSiteLanguages } from '../../../src/lib/i18n/site-languages.ts';

const KNOWN = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

describe('parseSiteLanguages', () => {
	test.each([
		[undefined, KNOWN],
		['', KNOWN],
		['  ', KNOWN],
		['en', ['en']],
		['en,fr', ['en', 'fr']],
		[' fr , en ', ['en', 'fr']],
		['es,ar,en', ['ar', 'en', 'es']],
		['ar,zh,en,fr,ru,es', KNOWN],
	])('%j → %j (in the order of the known languages)', (value, expected) => {
		expect(parseSiteLanguages(value, KNOWN, 'en')).toEqual(expected);
	});

	test.each([
		['en,pt', /SITE_LANGUAGES: "pt" is not an interface language/],
		['EN', /"EN" is not an interface language/],
		['en;fr', /"en;fr" is not an interface language/],
		['en,,fr', /SITE_LANGUAGES has an empty item in "en,,fr"/],
		['en,', /empty item/],
		['en,fr,en', /SITE_LANGUAGES lists "en" twice/],
		['fr', /SITE_LANGUAGES="fr" leaves out en, the default language/],
	])('%j is refused', (value, message) => {
		expect(() => parseSiteLanguages(value, KNOWN, 'en')).toThrow(message);
		// Every error names the allowed codes.
		expect(() => parseSiteLanguages(value, KNOWN, 'en')).toThrow('a comma-separated list of ar, zh, en, fr, ru, es (en required)');
	});
});
