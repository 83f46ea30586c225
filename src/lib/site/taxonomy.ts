/**
 * Controlled vocabularies (topics and regions) as readers see them: labels for
 * slugs, broader terms (a region within another), and the terms that have
 * entries. An entry filed under a term is listed under its broader terms too.
 */

/** Text in several languages: language code → text; the default language's is always there. */
export type LocalizedText = Readonly<Record<string, string>>;

/** A term of a controlled vocabulary, as the site uses it (src/schemas/vocabulary.ts validates the files). */
export interface Term {
	slug: string;
	/** Name shown to readers, per language. */
	label: LocalizedText;
	/** One sentence about the term, per language. */
	description?: LocalizedText | undefined;
	/** Slug of the broader term it is part of, such as `americas` for Central America and Mexico. */
	within?: string | undefined;
	/** schema.org type of entries of this term (publication kinds), such as `Report`. */
	schemaType?: string | undefined;
}

/** `text` in `lang`, else in `fallback` (the default language, which a vocabulary always has). */
export function inLanguage(text: LocalizedText, lang: string, fallback: string): string {
	return text[lang] ?? text[fallback] ?? '';
}

/** Looks up terms by slug. */
export function termMap(terms: readonly Term[]): Map<string, Term> {
	return new Map(terms.map((term) => [term.slug, term]));
}

/** The label of `slug` in `lang` (else in `fallback`); the slug itself if the vocabulary lacks it (never expected after validation). */
export function termLabel(terms: ReadonlyMap<string, Term>, slug: string, lang: string, fallback: string): string {
	const term = terms.get(slug);
	return term ? inLanguage(term.label, lang, fallback) : slug;
}

/** Term slug → the slug of its broader term, for the terms that have one. */
export function broaderTerms(terms: readonly Term[]): Map<string, string> {
	return new Map(terms.flatMap((term) => (term.within ? [[term.slug, term.within] as const] : [])));
}

/** `slugs` with every broader term they are part of, each once, in order (the schema refuses cycles). */
export function withBroader(slugs: readonly string[], broader: ReadonlyMap<string, string>): string[] {
	const all: string[] = [];
	for (const slug of slugs) for (let term: string | undefined = slug; term && !all.includes(term); term = broader.get(term)) all.push(term);
	return all;
}

/** The terms that have entries, with how many, in vocabulary order: a term nothing is filed under is not offered to readers. */
export function termCounts<T>(terms: readonly Term[], entriesByTerm: ReadonlyMap<string, readonly T[]>): { term: Term; count: number }[] {
	return terms.map((term) => ({ term, count: entriesByTerm.get(term.slug)?.length ?? 0 })).filter(({ count }) => count > 0);
}
