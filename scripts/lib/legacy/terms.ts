/**
 * Topics and regions for imported items, by keyword: a term applies when its
 * label, or one of the keywords below for its slug, occurs in the title or text.
 * Only terms of the site's vocabularies are used; editors should check them.
 */
import type { Term, Vocabularies } from '../../../src/schemas/vocabulary.ts';

const KEYWORDS: Record<string, string[]> = {
	'migrant-smuggling': ['migrant smuggling', 'smuggling of migrants', 'smuggled migrants'],
	'human-trafficking': ['human trafficking', 'trafficking in persons', 'trafficking in human beings'],
	'smuggling-by-sea': ['by sea'],
	legislation: ['legislation', 'model law', 'ratif', 'directive', 'legal framework'],
	'criminal-justice': ['prosecut', 'criminal justice'],
	'capacity-building': ['training', 'workshop', 'capacity building'],
	'data-and-research': ['intelligence', 'database', 'research', 'reporting system', 'analysis'],
	'international-cooperation': ['cooperation', 'united nations agencies', 'bali process'],
	'protection-and-assistance': ['assistance to victims', 'basic assistance', 'protection of victims'],
	'awareness-raising': ['awareness'],
	'asia-and-the-pacific': ['asia and the pacific', 'bali process', 'thailand'],
	'south-asia': ['south asia', 'india'],
	europe: ['europe'],
	'central-america-and-mexico': ['central america', 'mexico'],
	africa: ['africa'],
	'middle-east-and-north-africa': ['middle east', 'north africa'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function matching(terms: readonly Term[], text: string): string[] {
	const lower = text.toLowerCase();
	return terms
		.filter((term) => [...Object.values(term.label), ...(KEYWORDS[term.slug] ?? [])].some((word) => new RegExp(`\\b${escape(word.toLowerCase())}`).test(lower)))
		.map((term) => term.slug);
}

/**
 * Topic and region slugs for an item: topics from its whole `text`, regions from
 * its `lead` (title and first paragraph); the region is "global" (when that
 * term exists) if no other region matches.
 */
export function assignTerms(vocabularies: Vocabularies, text: string, lead = text): { topics: string[]; regions: string[] } {
	const topics = matching(vocabularies.topics, text);
	let regions = matching(
		vocabularies.regions.filter((term) => term.slug !== 'global'),
		lead,
	);
	if (regions.includes('south-asia')) regions = regions.filter((slug) => slug !== 'asia-and-the-pacific');
	if (!regions.length && vocabularies.regions.some((term) => term.slug === 'global')) regions = ['global'];
	return { topics, regions };
}
