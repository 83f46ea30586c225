/** The languages the editor offers for an entry, a file or a link. */
import { languageName } from '../i18n/languages.ts';

/** The six official languages of the United Nations, offered first (in English alphabetical order). */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;

/** `codes` (every ISO 639-1 code the schema accepts) named in `inLang`: the UN languages first, then the others by name. */
export function languageChoices(codes: readonly string[], inLang: string): { code: string; name: string }[] {
	const first = new Set<string>(UN_LANGUAGES);
	const named = (code: string) => ({ code, name: languageName(code, inLang) });
	const rest = codes
		.filter((code) => !first.has(code))
		.map(named)
		.sort((a, b) => a.name.localeCompare(b.name, inLang));
	return [...UN_LANGUAGES.filter((code) => codes.includes(code)).map(named), ...rest];
}
