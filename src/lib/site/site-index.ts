/**
 * In-memory index of the published entries, built once per build in linear
 * time: every listing, archive and detail page reads from it instead of
 * scanning the collections again.
 */
import { compareNewestFirst, yearOf } from '../dates/calendar-dates.ts';
import { buildRelatedIndex, rankRelated, type RelatedIndex } from './related.ts';
import { withBroader } from './taxonomy.ts';

/** What listings, pagers and related lists need to know about an entry. */
export interface EntrySummary {
	/** Entry type name (src/entry-types/). */
	type: string;
	/** Its slug, shared by its translations; also the `id` used for stable ordering. */
	id: string;
	/** Site path of its page (no base): the version's own, under its language's prefix. */
	path: string;
	title: string;
	date: string;
	/** Summary, or the body excerpt when there is none. */
	summary: string;
	lang: string;
	topics: readonly string[];
	regions: readonly string[];
	related: readonly string[];
	kind?: string | undefined;
	startDate?: string | undefined;
	endDate?: string | undefined;
	location?: string | undefined;
}

export interface SiteIndex {
	/** Every entry, newest first. */
	all: EntrySummary[];
	/** Entries of each type, newest first. */
	byType: Record<string, EntrySummary[]>;
	/** Years, newest first, with their entries newest first. */
	byYear: Map<number, EntrySummary[]>;
	/** Topic slug → entries filed under it or a narrower topic, newest first. */
	byTopic: Map<string, EntrySummary[]>;
	/** Region slug → entries filed under it or a region within it, newest first. */
	byRegion: Map<string, EntrySummary[]>;
	/** Slug → entry. */
	bySlug: Map<string, EntrySummary>;
	/** Slug → position in `byType[type]`. */
	positionInType: Map<string, number>;
	/** Entries filed by their sets of terms, for related entries. */
	related: RelatedIndex<EntrySummary>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Broader terms of each vocabulary: term slug → the slug it is within. */
export interface BroaderTerms {
	topics?: ReadonlyMap<string, string>;
	regions?: ReadonlyMap<string, string>;
}

/** Indexes `entries` (any order) of the types `typeNames` in O(n log n); an entry is listed under its terms' broader terms too. */
export function buildSiteIndex(entries: readonly EntrySummary[], typeNames: readonly string[], broader: BroaderTerms = {}): SiteIndex {
	const all = [...entries].sort(compareNewestFirst);
	const byType: Record<string, EntrySummary[]> = Object.fromEntries(typeNames.map((type) => [type, [] as EntrySummary[]]));
	const byYear = new Map<number, EntrySummary[]>();
	const byTopic = new Map<string, EntrySummary[]>();
	const byRegion = new Map<string, EntrySummary[]>();
	const bySlug = new Map<string, EntrySummary>();
	const positionInType = new Map<string, number>();
	for (const entry of all) {
		positionInType.set(entry.id, byType[entry.type]!.push(entry) - 1);
		push(byYear, yearOf(entry.date), entry);
		for (const topic of withBroader(entry.topics, broader.topics ?? new Map())) push(byTopic, topic, entry);
		for (const region of withBroader(entry.regions, broader.regions ?? new Map())) push(byRegion, region, entry);
		bySlug.set(entry.id, entry);
	}
	return { all, byType, byYear, byTopic, byRegion, bySlug, positionInType, related: buildRelatedIndex(all) };
}

/** The newer and older entries next to `entry` in its section. */
export function sectionNeighbours(index: SiteIndex, entry: EntrySummary): { newer?: EntrySummary | undefined; older?: EntrySummary | undefined } {
	const list = index.byType[entry.type] ?? [];
	const position = index.positionInType.get(entry.id) ?? -1;
	return { newer: list[position - 1], older: list[position + 1] };
}

/** Related entries of `entry` (./related.ts): explicit ones first, then by shared topics, regions and nearness in date. */
export function relatedEntries(index: SiteIndex, entry: EntrySummary, limit = 4): EntrySummary[] {
	return rankRelated(index.related, index.bySlug, entry, limit);
}

/** First and last day of an event (the posting date when no dates are given). */
export function eventSpan(entry: EntrySummary): { start: string; end: string } {
	const start = entry.startDate ?? entry.date;
	return { start, end: entry.endDate ?? start };
}

/** Events still to come (ending today or later, soonest first) and past events (newest first). */
export function splitEvents(events: readonly EntrySummary[], today: string): { upcoming: EntrySummary[]; past: EntrySummary[] } {
	const upcoming: EntrySummary[] = [];
	const past: EntrySummary[] = [];
	for (const event of events) (eventSpan(event).end >= today ? upcoming : past).push(event);
	upcoming.sort((a, b) => (eventSpan(a).start < eventSpan(b).start ? -1 : eventSpan(a).start > eventSpan(b).start ? 1 : compareNewestFirst(a, b)));
	past.sort((a, b) => (eventSpan(a).start > eventSpan(b).start ? -1 : eventSpan(a).start < eventSpan(b).start ? 1 : compareNewestFirst(a, b)));
	return { upcoming, past };
}
