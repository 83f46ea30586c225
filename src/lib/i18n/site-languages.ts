/**
 * Which interface languages a build has pages in: a deployment setting,
 * `SITE_LANGUAGES` (`en`, `en,fr`; unset or empty: all of them), read at
 * build time only. Pure, so the routing layer and the tests share it.
 */

/** The environment variable naming the languages to build. */
export const SITE_LANGUAGES_ENV = 'SITE_LANGUAGES';

/**
 * The codes of `known` that `value` lists, in the order of `known`; all of
 * `known` when `value` is unset or blank. `required` (the default language,
 * served at the root) must be among them. Throws, naming the variable and the
 * allowed codes, on an unknown code, an empty item, a repeat or a missing
 * `required`.
 */
export function parseSiteLanguages<C extends string>(value: string | undefined, known: readonly C[], required: C): C[] {
	if (value === undefined || value.trim() === '') return [...known];
	const allowed = `a comma-separated list of ${known.join(', ')} (${required} required)`;
	const listed = value.split(',').map((item) => item.trim());
	const seen = new Set<string>();
	for (const code of listed) {
		if (code === '') throw new Error(`${SITE_LANGUAGES_ENV} has an empty item in "${value}": use ${allowed}`);
		if (!(known as readonly string[]).includes(code))
			throw new Error(`${SITE_LANGUAGES_ENV}: "${code}" is not an interface language of the site: use ${allowed}`);
		if (seen.has(code)) throw new Error(`${SITE_LANGUAGES_ENV} lists "${code}" twice in "${value}": use ${allowed}`);
		seen.add(code);
	}
	if (!seen.has(required)) throw new Error(`${SITE_LANGUAGES_ENV}="${value}" leaves out ${required}, the default language served at the root: use ${allowed}`);
	return known.filter((code) => seen.has(code));
}
