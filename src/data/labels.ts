/** The labels of entry types and publication kinds in an interface language. */
import { entryType, type EntryType, type TypeLabels } from '../entry-types/index.ts';
import { DEFAULT_LANG } from '../lib/routing/paths.ts';
import { inLanguage, termLabel, type Term } from '../lib/site/taxonomy.ts';
import type { LanguageCode } from '../translations/index.ts';

/** A type's labels in `lang` (the default language's where a descriptor lacks it; the translations test keeps them complete). */
export function typeLabels(type: EntryType, lang: LanguageCode): TypeLabels {
	const { labels } = entryType(type);
	return labels[lang] ?? labels[DEFAULT_LANG]!;
}

/** The label of an entry on cards and results: its publication kind (from `kinds`), else its type ("Event"). */
export function entryLabel(type: EntryType, kind: string | undefined, lang: LanguageCode, kinds: ReadonlyMap<string, Term>): string {
	return kind ? termLabel(kinds, kind, lang, DEFAULT_LANG) : typeLabels(type, lang).one;
}

/** A vocabulary term's label in `lang` (the default language's where it has none). */
export function labelOf(term: Term, lang: LanguageCode): string {
	return inLanguage(term.label, lang, DEFAULT_LANG);
}

/** A vocabulary term's description in `lang`, if it has one. */
export function descriptionOf(term: Term, lang: LanguageCode): string | undefined {
	return term.description && inLanguage(term.description, lang, DEFAULT_LANG);
}

/** The label of the term `slug` of `terms` in `lang`. */
export function termLabelIn(terms: ReadonlyMap<string, Term>, slug: string, lang: LanguageCode): string {
	return termLabel(terms, slug, lang, DEFAULT_LANG);
}
