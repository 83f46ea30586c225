/** The editor's interface language, as Sveltia CMS 0.221.1 picks it (src/lib/admin/ui-locale.ts). */
import { expect, test } from 'vitest';
import { negotiateLocale, uiLocale } from '../../../src/lib/admin/ui-locale.ts';
import { sveltiaPackage } from '../../../src/lib/admin/vendor.ts';

const { locales } = sveltiaPackage();
/** As the bundle registers them: US English first, then the others in the package's order. */
const available = ['en-US', ...locales.filter((code) => code !== 'en-US')];

test.each([
	[['fr-FR'], 'fr'],
	[['fr'], 'fr'],
	[['ar'], 'ar'],
	[['ru-RU', 'en'], 'ru'],
	[['es-ES'], 'es-CO'],
	[['zh-CN'], 'zh-CN'],
	[['zh'], 'zh-CN'],
	[['zh-HK'], 'zh-TW'],
	[['zh-Hant'], 'zh-TW'],
	[['pt'], 'pt-BR'],
	[['pt-PT'], 'pt-PT'],
	[['en'], 'en-US'],
	[['en-GB'], 'en-GB'],
	[['en-AU'], 'en-US'],
	[['de-CH'], 'de'],
	[['sw', 'am'], 'en-US'],
	[['sw', 'fr-CA'], 'fr'],
	[[], 'en-US'],
	[['not a tag'], 'en-US'],
])('browser %j → %s', (preferred, expected) => {
	expect(uiLocale(preferred, available)).toBe(expected);
});

test('a language chosen in the editor’s settings wins, when it is one the package has', () => {
	expect(uiLocale(['fr-FR'], available, 'ja')).toBe('ja');
	expect(uiLocale(['fr-FR'], available, 'auto')).toBe('fr');
	expect(uiLocale(['fr-FR'], available, 'xx')).toBe('fr');
});

test('negotiation keeps to one script and prefers the likeliest region', () => {
	expect(negotiateLocale('en-CA', ['en-US', 'en-GB', 'en-CA'])).toBe('en-CA');
	expect(negotiateLocale('en-NZ', ['en-GB', 'en-US'])).toBe('en-US');
	expect(negotiateLocale('sr-Latn', ['sr-Cyrl'])).toBe('sr-Latn');
});

test('the package ships the strings of the six UN languages (Spanish and Chinese by region)', () => {
	for (const code of ['ar', 'zh-CN', 'fr', 'ru', 'es-CO']) expect(locales).toContain(code);
});
