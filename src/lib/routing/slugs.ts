/**
 * URL slugs. A file's name is its slug, so names must already be slugs; titles
 * are turned into slugs by the authoring and import tools with `slugify`.
 */

/** Longest slug `slugify` produces; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

/** Words a cut slug should not end on. */
const TRAILING_STOP_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is a slug: lowercase ASCII letters and digits separated by single hyphens. */
export function isSlug(value: string): boolean {
	return SLUG.test(value);
}

/** "Ways and Means — countering smuggling of migrants" → "ways-and-means-countering-smuggling-of-migrants". */
export function slugify(title: string, maxLength = MAX_SLUG_LENGTH): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	const kept: string[] = [];
	let length = -1;
	for (const word of words) {
		if (length + 1 + word.length > maxLength) {
			while (kept.length > 1 && TRAILING_STOP_WORDS.has(kept.at(-1) ?? '')) kept.pop();
			break;
		}
		kept.push(word);
		length += 1 + word.length;
	}
	const slug = kept.join('-');
	// A single word longer than the limit is cut rather than dropped.
	return slug || (words[0] ?? '').slice(0, maxLength);
}
