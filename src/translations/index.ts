/**
 * The interface languages of the site and their dictionaries. The language
 * of a page comes from its route (src/middleware.ts puts `lang`, `t` and
 * `paths` for it in `Astro.locals`); nothing defaults to English silently.
 */
import { languageName } from '../lib/i18n/languages.ts';
import { parseSiteLanguages, SITE_LANGUAGES_ENV } from '../lib/i18n/site-languages.ts';
import { createTranslator, type Message, type Translate } from '../lib/i18n/translate.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { ar } from './ar.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

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

/**
 * The site's interface languages, the six of the United Nations, in the
 * order UN sites list them; English, the default, is served at the root.
 * Arabic is written with Latin digits, as UN Arabic documents are.
 * Authors may translate into any of them; a build has pages in `LANGUAGES`.
 */
export const INTERFACE_LANGUAGES = [
	{ code: 'ar', locale: 'ar-u-nu-latn', name: 'العربية', dictionary: ar },
	{ code: 'zh', locale: 'zh-CN', name: '中文', dictionary: zh },
	{ code: DEFAULT_LANG, locale: 'en-GB', name: 'English', dictionary: en },
	{ code: 'fr', locale: 'fr', name: 'Français', dictionary: fr },
	{ code: 'ru', locale: 'ru', name: 'Русский', dictionary: ru },
	{ code: 'es', locale: 'es', name: 'Español', dictionary: es },
] as const satisfies readonly Language[];

/** The code of an interface language. */
export type LanguageCode = (typeof INTERFACE_LANGUAGES)[number]['code'];

const BUILT = parseSiteLanguages<LanguageCode>(
	process.env[SITE_LANGUAGES_ENV],
	INTERFACE_LANGUAGES.map((language) => language.code),
	DEFAULT_LANG as LanguageCode,
);

/**
 * The languages this build has pages in (routes, switcher, hreflang, sitemap,
 * search bundles, feeds): the deployment setting `SITE_LANGUAGES`, all six
 * when unset, always with the default one. Read at build time; client code
 * gets what it needs from the page.
 */
export const LANGUAGES: readonly (typeof INTERFACE_LANGUAGES)[number][] = INTERFACE_LANGUAGES.filter((language) => BUILT.includes(language.code));

/** True when this build has pages in `code`. */
export function isLanguageCode(code: string): code is LanguageCode {
	return LANGUAGES.some((language) => language.code === code);
}

/** True when `code` is one of the site's interface languages, built or not: a translation into it is valid content. */
export function isInterfaceLanguage(code: string): code is LanguageCode {
	return INTERFACE_LANGUAGES.some((language) => language.code === code);
}

/**
 * The six languages' names in each of them, as UN editors write them (in
 * running text: lower case where the language writes it so); Intl's names
 * differ in places (Arabic «الإنجليزية», Chinese «英语» where the UN writes
 * «الإنكليزية», «英文»). Other languages' names come from Intl.
 */
const UN_LANGUAGE_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	ar: { ar: 'العربية', zh: 'الصينية', en: 'الإنكليزية', fr: 'الفرنسية', ru: 'الروسية', es: 'الإسبانية' },
	zh: { ar: '阿拉伯文', zh: '中文', en: '英文', fr: '法文', ru: '俄文', es: '西班牙文' },
	en: { ar: 'Arabic', zh: 'Chinese', en: 'English', fr: 'French', ru: 'Russian', es: 'Spanish' },
	fr: { ar: 'arabe', zh: 'chinois', en: 'anglais', fr: 'français', ru: 'russe', es: 'espagnol' },
	ru: { ar: 'арабский', zh: 'китайский', en: 'английский', fr: 'французский', ru: 'русский', es: 'испанский' },
	es: { ar: 'árabe', zh: 'chino', en: 'inglés', fr: 'francés', ru: 'ruso', es: 'español' },
};

/** The name of the language `code` in itself, as a language switcher shows it: «Français», «العربية». */
export function ownNameOf(code: string): string {
	return INTERFACE_LANGUAGES.find((language) => language.code === code)?.name ?? capitalized(languageName(code, code), DEFAULT_LANG);
}

/** The name of the language `code` in the interface language `inLang`. */
export function nameOfLanguage(code: string, inLang: LanguageCode): string {
	return UN_LANGUAGE_NAMES[inLang]?.[code] ?? languageName(code, languageOf(inLang).locale);
}

const lists = new Map<string, Intl.ListFormat>();

/** `items` as a list in running text of `inLang`: "Arabic, English and French", «arabe, anglais et français». */
export function listIn(items: readonly string[], inLang: LanguageCode): string {
	let list = lists.get(inLang);
	if (!list) lists.set(inLang, (list = new Intl.ListFormat(languageOf(inLang).locale, { type: 'conjunction' })));
	return list.format(items);
}

/** `text` with its first letter in capitals, for a name standing alone (a filter's value). */
export function capitalized(text: string, inLang: LanguageCode): string {
	return text.charAt(0).toLocaleUpperCase(languageOf(inLang).locale) + text.slice(1);
}

/** The interface language whose pages show content in `lang`: that language, or the default one for a language the site has no pages for. */
export function pageLanguageOf(lang: string): LanguageCode {
	return isLanguageCode(lang) ? lang : DEFAULT_LANG;
}

/** The interface language `code`. */
export function languageOf(code: LanguageCode): Language {
	return INTERFACE_LANGUAGES.find((language) => language.code === code)!;
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
