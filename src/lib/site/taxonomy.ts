/**
 * Controlled vocabularies (topics and regions) as readers see them: labels for
 * slugs and the terms that have entries.
 */

/** A term of a controlled vocabulary, as the site uses it (src/schemas/vocabulary.ts validates the files). */
export interface Term {
	slug: string;
	label: string;
	description?: string | undefined;
}

/** Looks up terms by slug. */
export function termMap(terms: readonly Term[]): Map<string, Term> {
	return new Map(terms.map((term) => [term.slug, term]));
}

/** The label of `slug`; the slug itself if the vocabulary lacks it (never expected after validation). */
export function termLabel(terms: ReadonlyMap<string, Term>, slug: string): string {
	return terms.get(slug)?.label ?? slug;
}

/** Terms with how many entries use them, in vocabulary order; unused terms kept with a count of 0. */
export function termCounts<T>(terms: readonly Term[], entriesByTerm: ReadonlyMap<string, readonly T[]>): { term: Term; count: number }[] {
	return terms.map((term) => ({ term, count: entriesByTerm.get(term.slug)?.length ?? 0 }));
}
