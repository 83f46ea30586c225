/**
 * Translation lookup over the dictionaries in src/i18n/ui.ts. Missing keys in
 * another language fall back to English, so a partial translation never breaks a page.
 */
import { dictionaries, type UiKey } from '../../translations/en.ts';

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A `t(key, vars)` function for `lang`; `{name}` placeholders are replaced by `vars.name`. */
export function useTranslations(lang = 'en'): Translate {
	const dictionary = dictionaries[lang] ?? dictionaries['en']!;
	return (key, vars) => {
		const template = dictionary[key] ?? dictionaries['en']![key];
		return vars ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match)) : template;
	};
}

/** One Intl.DisplayNames per display language: making one is far dearer than asking it (every entry page names languages). */
const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of a language in `inLang`, such as "Arabic" for `ar`. */
export function languageName(code: string, inLang = 'en'): string {
	let names = displayNames.get(inLang);
	if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([inLang], { type: 'language' })));
	return names.of(code) ?? code;
}

/** Writing direction of a language, for `dir` on pages and entries. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
	return ['ar', 'fa', 'he', 'ur'].includes(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
