/**
 * File names of entries created in the browser editor. The site's rule is
 * `slugify` (src/lib/routing/slugs.ts, used by `npm run new` and the
 * importer); the editor cannot run it, so its own slug settings are chosen to
 * give the same result, and where they cannot (docs/editing.md lists the
 * cases, tests/unit/admin/slugs.test.ts pins them) the editor shows the slug
 * for the editor to check and correct before the first save.
 */

/**
 * Sveltia's global slug options: ASCII only, accents removed (other scripts
 * transliterated), runs of other characters turned into one hyphen, trimmed,
 * lower case. No length limit: Sveltia would cut at the 80th character, in
 * the middle of a word, where slugify cuts after the last whole word.
 */
export const SLUG_OPTIONS = {
	encoding: 'ascii',
	clean_accents: true,
	sanitize_replacement: '-',
	trim: true,
	lowercase: true,
} as const;

/** isSlug (src/lib/routing/slugs.ts) as a pattern for a slug typed in, with what to do when it fails. */
export const SLUG_RULE = {
	pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
	message: 'Write the page address in lowercase letters a–z, digits and single hyphens, such as regional-meeting-in-dakar',
} as const;

/** Shown in the editor's Slug panel of a new entry. */
export const SLUG_HINT =
	'The page address and file name, made from the title. Check it before the first save: it cannot be changed afterwards. For a title with letters of another script (Arabic, Chinese, Russian…), write a short English gloss such as workshop-in-alexandria, as npm run new asks; shorten a long one.';
