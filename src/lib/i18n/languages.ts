/** Names and writing directions of languages, from `Intl` (entries may be in any ISO 639-1 language). */

/** One Intl.DisplayNames per display language: making one costs far more than asking it. */
const displayNames = new Map<string, Intl.DisplayNames>();

/** The name of a language in `inLang`, such as "Arabic" for `ar` in English. */
export function languageName(code: string, inLang: string): string {
	let names = displayNames.get(inLang);
	if (!names) displayNames.set(inLang, (names = new Intl.DisplayNames([inLang], { type: 'language' })));
	return names.of(code) ?? code;
}

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Writing direction of a language, for `dir` on pages and entries. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
	return RIGHT_TO_LEFT.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
