/**
 * Astro-bound access to the published entries. Loads every type's collection
 * once per build (drafts left out) and builds the site index from the
 * originals; translations (`<slug>.<lang>.md`, see src/entry-files/translations.ts)
 * are versions of their original, shown in their language's listings and
 * pages in its place (translations into a language the build has no pages
 * in are left out). Every page shares the result instead of calling
 * getCollection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadVocabularies } from '../entry-files/vocabularies.ts';
import { resolveContentDir } from '../entry-files/files.ts';
import { factsOf, TYPE_NAMES, type EntryFacts, type EntryType } from '../entry-types/index.ts';
import { paths } from '../lib/routing/paths.ts';
import { buildSiteIndex, type EntrySummary, type SiteIndex } from '../lib/site/site-index.ts';
import { broaderTerms, termMap, type Term } from '../lib/site/taxonomy.ts';
import type { Vocabularies } from '../schemas/vocabulary.ts';
import { isLanguageCode, pageLanguageOf, type LanguageCode } from '../translations/index.ts';

/** A published entry of any type: an original, or a translation of one. */
export type AnyEntry = CollectionEntry<EntryType>;

export interface Site {
	/** The originals, indexed: every listing, in any language, lists these works. */
	index: SiteIndex;
	/** Originals by slug. */
	entries: Map<string, AnyEntry>;
	/** Every published version of each work (the original first, then its translations), by slug. */
	versions: Map<string, AnyEntry[]>;
	vocabularies: Vocabularies;
	topics: Map<string, Term>;
	regions: Map<string, Term>;
	/** Publication kinds by slug. */
	kinds: Map<string, Term>;
	/** Each vocabulary's broader terms (slug → the slug it is within). */
	broader: { topics: Map<string, string>; regions: Map<string, string> };
}

/** The slug an entry shares with its translations. */
export function slugOf(entry: AnyEntry): string {
	return entry.data.translationOf ?? entry.id;
}

/** The interface language of an entry's page: its own language when the site has pages in it. */
export function pageLanguageOfEntry(entry: AnyEntry): LanguageCode {
	return pageLanguageOf(entry.data.lang);
}

/** Site path (no base) of an entry's page, under its language's prefix. */
export function entryPath(entry: AnyEntry): string {
	return paths.entry(pageLanguageOfEntry(entry), entry.collection, slugOf(entry));
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
		id: slugOf(entry),
		path: entryPath(entry),
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
	const originals = published.filter((entry) => !entry.data.translationOf);
	const versions = new Map(originals.map((entry) => [entry.id, [entry]]));
	for (const translation of published.filter((entry) => entry.data.translationOf)) {
		const work = versions.get(slugOf(translation));
		// Valid content this deployment leaves out (SITE_LANGUAGES): a translation into a language it has no pages in,
		// or into the language whose address an original in an unbuilt language takes.
		if (work && isLanguageCode(translation.data.lang) && pageLanguageOfEntry(work[0]!) !== translation.data.lang) work.push(translation);
	}
	const vocabularies = loadVocabularies(resolveContentDir());
	const broader = { topics: broaderTerms(vocabularies.topics), regions: broaderTerms(vocabularies.regions) };
	return {
		index: buildSiteIndex(originals.map(toSummary), TYPE_NAMES, broader),
		entries: new Map(originals.map((entry) => [entry.id, entry])),
		versions,
		vocabularies,
		topics: termMap(vocabularies.topics),
		regions: termMap(vocabularies.regions),
		kinds: termMap(vocabularies.kinds),
		broader,
	};
}

let site: Promise<Site> | undefined;

/** The published site, loaded on first use. */
export function getSite(): Promise<Site> {
	site ??= loadSite();
	return site;
}

/** The version of the work `slug` that a page in `lang` shows: its translation into `lang`, else the original. */
export function versionIn(site: Site, slug: string, lang: LanguageCode): AnyEntry {
	const versions = site.versions.get(slug)!;
	return versions.find((version) => version.data.lang === lang) ?? versions[0]!;
}

const summaries = new Map<string, EntrySummary>();

/** `list` (works of the index) as a page in `lang` lists them: each in its version for that language. */
export function localized(site: Site, list: readonly EntrySummary[], lang: LanguageCode): EntrySummary[] {
	return list.map((work) => {
		const version = versionIn(site, work.id, lang);
		if (version === site.entries.get(work.id)) return work;
		const key = `${version.collection}/${version.id}`;
		let summary = summaries.get(key);
		if (!summary) summaries.set(key, (summary = toSummary(version)));
		return summary;
	});
}
