/** Static paths in every interface language: the `[...lang]` routes are built once per language. */
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { LANGUAGES, type LanguageCode } from '../translations/index.ts';

/** The `lang` route parameter of a language: none for the default (served at the root), its code for the others. */
export function langParam(code: LanguageCode): string | undefined {
	return code === DEFAULT_LANG ? undefined : code;
}

/** The paths `build` gives for each interface language, with that language's `lang` parameter added. */
export async function inEveryLanguage<P extends { params: Record<string, string | undefined> }>(
	build: (lang: LanguageCode) => readonly P[] | Promise<readonly P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
	const perLanguage = await Promise.all(
		LANGUAGES.map(async ({ code }) => (await build(code)).map((path) => ({ ...path, params: { ...path.params, lang: langParam(code) } }))),
	);
	return perLanguage.flat();
}
