/**
 * In-memory index of the published entries, built once per build in linear
 * time: every listing, archive and detail page reads from it instead of
 * scanning the collections again.
 */
import { compareNewestFirst, yearOf } from '../dates/calendar-dates.ts';

/** What listings, pagers and related lists need to know about an entry. */
export interface EntrySummary {
	/** Entry type name (src/entry-types/). */
	type: string;
	/** Also the `id` used for stable ordering. */
	id: string;
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
	/** Topic slug → entries, newest first. */
	byTopic: Map<string, EntrySummary[]>;
	/** Region slug → entries, newest first. */
	byRegion: Map<string, EntrySummary[]>;
	/** Slug → entry. */
	bySlug: Map<string, EntrySummary>;
	/** Slug → position in `byType[type]`. */
	positionInType: Map<string, number>;
	/** `topic\u0000slug` → position in `byTopic.get(topic)`. */
	positionInTopic: Map<string, number>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Indexes `entries` (any order) of the types `typeNames` in O(n log n). */
export function buildSiteIndex(entries: readonly EntrySummary[], typeNames: readonly string[]): SiteIndex {
	const all = [...entries].sort(compareNewestFirst);
	const byType: Record<string, EntrySummary[]> = Object.fromEntries(typeNames.map((type) => [type, [] as EntrySummary[]]));
	const byYear = new Map<number, EntrySummary[]>();
	const byTopic = new Map<string, EntrySummary[]>();
	const byRegion = new Map<string, EntrySummary[]>();
	const bySlug = new Map<string, EntrySummary>();
	const positionInType = new Map<string, number>();
	const positionInTopic = new Map<string, number>();
	for (const entry of all) {
		positionInType.set(entry.id, byType[entry.type]!.push(entry) - 1);
		push(byYear, yearOf(entry.date), entry);
		for (const topic of entry.topics) {
			push(byTopic, topic, entry);
			positionInTopic.set(`${topic}\u0000${entry.id}`, byTopic.get(topic)!.length - 1);
		}
		for (const region of entry.regions) push(byRegion, region, entry);
		bySlug.set(entry.id, entry);
	}
	return { all, byType, byYear, byTopic, byRegion, bySlug, positionInType, positionInTopic };
}

/** The newer and older entries next to `entry` in its section. */
export function sectionNeighbours(index: SiteIndex, entry: EntrySummary): { newer?: EntrySummary | undefined; older?: EntrySummary | undefined } {
	const list = index.byType[entry.type] ?? [];
	const position = index.positionInType.get(entry.id) ?? -1;
	return { newer: list[position - 1], older: list[position + 1] };
}

/** How many neighbours on each side of an entry in a topic list are considered as related. */
const TOPIC_WINDOW = 8;

/**
 * Related entries: the explicit `related` slugs first (published ones only),
 * then entries sharing the most topics, nearest in date. Only a fixed window
 * of each topic list is examined, so the cost per entry does not grow with the site.
 */
export function relatedEntries(index: SiteIndex, entry: EntrySummary, limit = 4): EntrySummary[] {
	const chosen: EntrySummary[] = [];
	const taken = new Set<string>([entry.id]);
	for (const slug of entry.related) {
		const other = index.bySlug.get(slug);
		if (other && !taken.has(slug)) {
			chosen.push(other);
			taken.add(slug);
		}
	}
	const scores = new Map<string, { entry: EntrySummary; shared: number; distance: number }>();
	for (const topic of entry.topics) {
		const list = index.byTopic.get(topic) ?? [];
		const at = index.positionInTopic.get(`${topic}\u0000${entry.id}`) ?? 0;
		for (let i = Math.max(0, at - TOPIC_WINDOW); i <= Math.min(list.length - 1, at + TOPIC_WINDOW); i++) {
			const other = list[i]!;
			if (taken.has(other.id)) continue;
			const score = scores.get(other.id);
			if (score) score.shared++;
			else scores.set(other.id, { entry: other, shared: 1, distance: Math.abs(Date.parse(other.date) - Date.parse(entry.date)) });
		}
	}
	const ranked = [...scores.values()].sort((a, b) => b.shared - a.shared || a.distance - b.distance || (a.entry.id < b.entry.id ? -1 : 1));
	for (const { entry: other } of ranked) {
		if (chosen.length >= limit) break;
		chosen.push(other);
	}
	return chosen.slice(0, Math.max(limit, entry.related.length));
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
