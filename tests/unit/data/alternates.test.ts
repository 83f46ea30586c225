/** A page's versions in the other languages: the switcher's links and hreflang (src/data/alternates.ts). */
import { describe, expect, test } from 'vitest';
import { hreflangs, languageLinks } from '../../../src/data/alternates.ts';
import { LANGUAGES } from '../../../src/translations/index.ts';

const CODES = LANGUAGES.map((language) => language.code);
const course = [
	{ lang: 'en', path: '/news/course/' },
	{ lang: 'fr', path: '/fr/news/course/' },
];

describe('languageLinks', () => {
	test('a page that exists in every language links to the same path under each prefix, named in each language', () => {
		const links = languageLinks({ path: '/fr/topics/legislation/', lang: 'fr' });
		expect(links.map((link) => link.lang)).toEqual(CODES);
		expect(Object.fromEntries(links.map((link) => [link.lang, link.path]))).toMatchObject({
			en: '/topics/legislation/',
			ar: '/ar/topics/legislation/',
			fr: '/fr/topics/legislation/',
		});
		expect(links.find((link) => link.lang === 'ar')!.name).toBe('العربية');
		expect(links.filter((link) => link.current).map((link) => link.lang)).toEqual(['fr']);
		expect(links.every((link) => link.same)).toBe(true);
	});

	test('an entry links to its translations, and to a language’s section where it has none', () => {
		const links = languageLinks({ path: '/news/course/', lang: 'en', versions: course, fallback: (code) => `/${code}/news/` });
		const by = Object.fromEntries(links.map((link) => [link.lang, link]));
		expect(by['fr']).toMatchObject({ path: '/fr/news/course/', same: true });
		expect(by['ru']).toMatchObject({ path: '/ru/news/', same: false });
		expect(by['en']).toMatchObject({ path: '/news/course/', same: true, current: true });
	});

	test('an original in a language the site has no pages for counts as the default language’s version', () => {
		const links = languageLinks({ path: '/news/x/', lang: 'en', versions: [{ lang: 'de', path: '/news/x/' }], fallback: (code) => `/${code}/news/` });
		expect(links.find((link) => link.lang === 'en')).toMatchObject({ path: '/news/x/', same: true });
	});
});

describe('hreflangs', () => {
	test.each([
		[
			'a page in every language',
			{ path: '/ar/archive/2011/', lang: 'ar' as const },
			[...CODES.map((code) => [code, code === 'en' ? '/archive/2011/' : `/${code}/archive/2011/`]), ['x-default', '/archive/2011/']],
		],
		[
			'an entry: only its versions, x-default the original',
			{ path: '/fr/news/course/', lang: 'fr' as const, versions: course },
			[
				['en', '/news/course/'],
				['fr', '/fr/news/course/'],
				['x-default', '/news/course/'],
			],
		],
	])('%s', (_, page, expected) => {
		expect(hreflangs(page).map((link) => [link.hreflang, link.path])).toEqual(expected);
	});
});
