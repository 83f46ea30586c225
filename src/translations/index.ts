/**
 * The interface languages of the site and their dictionaries. The language
 * of a page comes from its route (src/middleware.ts puts `lang`, `t` and
 * `paths` for it in `Astro.locals`); nothing defaults to English silently.
 */
import { createTranslator, type Message, type Translate } from '../lib/i18n/translate.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { en, type UiKey } from './en.ts';

export type { UiKey } from './en.ts';

/** An interface language of the site. */
export interface Language {
	/** ISO 639-1 code: the URL prefix (none for the default language), `lang`, Pagefind's index. */
	code: string;
	/** BCP 47 locale for `Intl` (dates, plurals, collation). */
	locale: string;
	/** The language's name in itself, for the language switcher. */
	name: string;
	/** Its interface strings; keys it lacks fall back to the default language's. */
	dictionary: Partial<Record<UiKey, Message>>;
}

/** The site's interface languages, the default (served at the root) first. */
export const LANGUAGES = [{ code: DEFAULT_LANG, locale: 'en-GB', name: 'English', dictionary: en }] as const satisfies readonly Language[];

/** The code of an interface language. */
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** True when `code` is an interface language of the site. */
export function isLanguageCode(code: string): code is LanguageCode {
	return LANGUAGES.some((language) => language.code === code);
}

/** The interface language whose pages show content in `lang`: that language, or the default one for a language the site has no pages for. */
export function pageLanguageOf(lang: string): LanguageCode {
	return isLanguageCode(lang) ? lang : DEFAULT_LANG;
}

/** The interface language `code`. */
export function languageOf(code: LanguageCode): Language {
	return LANGUAGES.find((language) => language.code === code)!;
}

const translators = new Map<string, Translate<UiKey>>();

/** The translator of an interface language (one per language and build). */
export function translatorFor(code: LanguageCode): Translate<UiKey> {
	let t = translators.get(code);
	if (!t) {
		const language = languageOf(code);
		translators.set(code, (t = createTranslator<UiKey>(language.locale, language.dictionary, en)));
	}
	return t;
}

/** The messages of `keys` in `lang` as written (plural forms kept), for a script to translate with. */
export function messagesFor<K extends UiKey>(code: LanguageCode, keys: readonly K[]): Record<K, Message> {
	const { dictionary } = languageOf(code);
	return Object.fromEntries(keys.map((key) => [key, dictionary[key] ?? en[key]])) as Record<K, Message>;
}
