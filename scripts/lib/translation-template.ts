/**
 * The starting file `npm run new -- --translate` writes: the original's words
 * to translate (title, summary and the type's own translated fields, the
 * image's alt text and caption, link and file labels), each in its place, and
 * the original's text under the front matter, kept as a draft until the
 * translator is done. Shared facts (dates, topics, regions, files' addresses)
 * are not copied: they stay in the original (src/entry-files/translations.ts).
 */
import yaml from 'js-yaml';
import { entryType, type EntryType } from '../../src/entry-types/index.ts';
import { nameOfLanguage, type LanguageCode } from '../../src/translations/index.ts';

const WORDS_IN_ITEMS: Record<string, readonly string[]> = { image: ['alt', 'caption'], links: ['label'], files: ['label'] };

/** The translatable part of one field of the original, or undefined when it has no words. */
function words(field: string, value: unknown): unknown {
	const keys = WORDS_IN_ITEMS[field];
	if (!keys) return typeof value === 'string' && value.trim() ? value : undefined;
	const pick = (item: unknown) => {
		if (!item || typeof item !== 'object') return undefined;
		const picked = Object.fromEntries(
			keys.flatMap((key) => (typeof (item as Record<string, unknown>)[key] === 'string' ? [[key, (item as Record<string, unknown>)[key]]] : [])),
		);
		return Object.keys(picked).length ? picked : undefined;
	};
	if (Array.isArray(value)) {
		// Items are matched by position: every item keeps its place, even one with nothing to translate.
		const items = value.map((item) => pick(item) ?? {});
		return items.some((item) => Object.keys(item).length) ? items : undefined;
	}
	return pick(value);
}

/** The file text of a translation into `lang` of the original entry `data` (its front matter) and `body`. */
export function translationTemplate(type: EntryType, originalFile: string, data: Record<string, unknown>, body: string, lang: LanguageCode): string {
	const fields = ['title', 'summary', ...entryType(type).translatable, 'image', 'links'];
	const translated = Object.fromEntries(
		fields.flatMap((field) => (data[field] === undefined ? [] : [[field, words(field, data[field])]])).filter(([, value]) => value !== undefined),
	);
	const front = yaml.dump(translated, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"' });
	return `---
# ${nameOfLanguage(lang, 'en')} translation of ${originalFile}.
# Translate the values below and the text under the second "---" line. Dates,
# topics, regions and every other fact stay in the original: change them there.
${front}# Remove this line when the translation is done, to publish it:
draft: true
---

${body.trim()}
`;
}
