/**
 * Astro-bound access to the published entries. Loads every type's collection
 * once per build (drafts left out) and builds the site index from them;
 * every page shares the result instead of calling getCollection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadVocabularies } from '../entry-files/vocabularies.ts';
import { resolveContentDir } from '../entry-files/files.ts';
import { factsOf, TYPE_NAMES, type EntryFacts, type EntryType } from '../entry-types/index.ts';
import { buildSiteIndex, type EntrySummary, type SiteIndex } from '../lib/site/site-index.ts';
import { broaderTerms, termMap, type Term } from '../lib/site/taxonomy.ts';
import type { Vocabularies } from '../schemas/vocabulary.ts';

/** A published entry of any type. */
export type AnyEntry = CollectionEntry<EntryType>;

export interface Site {
	index: SiteIndex;
	/** Full collection entries by slug, for detail pages. */
	entries: Map<string, AnyEntry>;
	vocabularies: Vocabularies;
	topics: Map<string, Term>;
	regions: Map<string, Term>;
	/** Publication kinds by slug. */
	kinds: Map<string, Term>;
	/** Each vocabulary's broader terms (slug → the slug it is within). */
	broader: { topics: Map<string, string>; regions: Map<string, string> };
}

/** The type-specific facts of an entry (src/entry-types/). */
export function entryFacts(entry: AnyEntry): EntryFacts {
	return factsOf(entry.collection, entry.data);
}

/** The listing view of a collection entry. */
export function toSummary(entry: AnyEntry): EntrySummary {
	const { data } = entry;
	const facts = entryFacts(entry);
	return {
		type: entry.collection,
		id: entry.id,
		title: data.title,
		date: data.date,
		summary: data.summary ?? data.excerpt,
		lang: data.lang,
		topics: data.topics,
		regions: data.regions,
		related: data.related,
		kind: facts.kind,
		startDate: facts.startDate,
		endDate: facts.endDate,
		location: facts.location,
	};
}

async function loadSite(): Promise<Site> {
	const collections = await Promise.all(TYPE_NAMES.map((type) => getCollection(type, (entry) => !entry.data.draft)));
	const published = collections.flat() as AnyEntry[];
	const vocabularies = loadVocabularies(resolveContentDir());
	const broader = { topics: broaderTerms(vocabularies.topics), regions: broaderTerms(vocabularies.regions) };
	return {
		index: buildSiteIndex(published.map(toSummary), TYPE_NAMES, broader),
		broader,
		entries: new Map(published.map((entry) => [entry.id, entry])),
		vocabularies,
		topics: termMap(vocabularies.topics),
		regions: termMap(vocabularies.regions),
		kinds: termMap(vocabularies.kinds),
	};
}

let site: Promise<Site> | undefined;

/** The published site, loaded on first use. */
export function getSite(): Promise<Site> {
	site ??= loadSite();
	return site;
}
