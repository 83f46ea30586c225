/**
 * The versions of a page in the other interface languages: for the language
 * switcher (a link for every language: the same page, or where there is
 * none, that language's section), and for `<link rel="alternate" hreflang>`
 * and the sitemap (only the versions that exist, and x-default).
 */
import { DEFAULT_LANG, pathInLanguage } from '../lib/routing/paths.ts';
import { LANGUAGES, pageLanguageOf, type LanguageCode } from '../translations/index.ts';
import type { EntryVersion } from './entry-page.ts';

/** One language's link of the switcher. */
export interface LanguageLink {
	lang: LanguageCode;
	/** The language's name in itself. */
	name: string;
	/** Site path (no base). */
	path: string;
	/** The page itself, in that language (false: that language's section, for an entry not translated). */
	same: boolean;
	/** The page being shown. */
	current: boolean;
}

/** What a page is, to find it in other languages. */
export interface PageVersions {
	/** Its site path (no base). */
	path: string;
	/** Its interface language. */
	lang: LanguageCode;
	/** An entry's versions; other pages exist in every language, at the same path under its prefix. */
	versions?: readonly EntryVersion[] | undefined;
	/** An entry's section, in a language it has no version in. */
	fallback?: ((lang: LanguageCode) => string) | undefined;
}

/** The switcher's links, in the order of the languages built (one link, the page itself, on a one-language site: the header then shows no switcher). */
export function languageLinks({ path, lang, versions, fallback }: PageVersions): LanguageLink[] {
	return LANGUAGES.map((language) => {
		const version = versions?.find((candidate) => pageLanguageOf(candidate.lang) === language.code);
		const target = versions ? (version?.path ?? fallback!(language.code)) : pathInLanguage(path, lang, language.code);
		return { lang: language.code, name: language.name, path: target, same: !versions || Boolean(version), current: language.code === lang };
	});
}

/**
 * hreflang → site path for every version of the page that exists, and
 * x-default (the default language's page, or the original); none on a site
 * built in one language (SITE_LANGUAGES), where no page has another version.
 */
export function hreflangs({ path, lang, versions }: PageVersions): { hreflang: string; path: string }[] {
	if (LANGUAGES.length < 2) return [];
	const existing = versions
		? versions.map((version) => ({ hreflang: version.lang, path: version.path }))
		: LANGUAGES.map((language) => ({ hreflang: language.code, path: pathInLanguage(path, lang, language.code) }));
	const fallback = versions ? versions[0]!.path : pathInLanguage(path, lang, DEFAULT_LANG);
	return [...existing, { hreflang: 'x-default', path: fallback }];
}
