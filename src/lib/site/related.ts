/**
 * Related entries, ranked by what two entries share: more topics first, then
 * more regions, then nearest in date (then by slug). An entry shares nothing
 * with another unless they have a topic in common.
 *
 * Exact without comparing every pair: each entry is filed under every set of
 * its terms that holds a topic ("buckets", at most 2^MAX_TERMS of them, a
 * constant), each bucket sorted by date. The entries sharing exactly the set
 * S with an entry are all in bucket S, and every entry of bucket S nearer in
 * date shares at least S, so ranks higher: the top `limit` are among the
 * nearest `limit` of some bucket, on either side. The work per entry is
 * constant, the whole site's linear in its size.
 */

/** What ranking needs of an entry. */
export interface RelatableEntry {
	id: string;
	date: string;
	topics: readonly string[];
	regions: readonly string[];
	related: readonly string[];
}

/** Terms an entry is filed by: beyond these, its later terms still count in the score but open no bucket. */
export const MAX_TERMS = 8;

export interface RelatedIndex<T extends RelatableEntry> {
	/** Term set (sorted keys joined by NUL) → its entries, oldest first. */
	buckets: Map<string, T[]>;
}

const TOPIC = 't\u0001';
const REGION = 'r\u0001';

/** An entry's term keys: topics first (each set must hold one), sorted, at most MAX_TERMS. */
function termKeys(entry: RelatableEntry): string[] {
	const topics = [...new Set(entry.topics)].sort().map((topic) => TOPIC + topic);
	const regions = [...new Set(entry.regions)].sort().map((region) => REGION + region);
	return [...topics, ...regions].slice(0, MAX_TERMS);
}

/** Bucket names by term keys: entries share a few hundred term sets, and each entry's names are wanted twice (filing, ranking). */
const namesOfKeys = new Map<string, string[]>();

/** Every set of `keys` holding at least one topic, as bucket names. */
function bucketNames(keys: readonly string[]): string[] {
	const signature = keys.join('\u0000');
	const known = namesOfKeys.get(signature);
	if (known) return known;
	const names: string[] = [];
	for (let mask = 1; mask < 1 << keys.length; mask++) {
		const chosen = keys.filter((_, bit) => mask & (1 << bit));
		if (chosen[0]!.startsWith(TOPIC)) names.push(chosen.join('\u0000'));
	}
	namesOfKeys.set(signature, names);
	return names;
}

const byDate = (a: RelatableEntry, b: RelatableEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Files `entries` under their term sets. */
export function buildRelatedIndex<T extends RelatableEntry>(entries: readonly T[]): RelatedIndex<T> {
	const buckets = new Map<string, T[]>();
	for (const entry of entries) {
		for (const name of bucketNames(termKeys(entry))) {
			const bucket = buckets.get(name);
			if (bucket) bucket.push(entry);
			else buckets.set(name, [entry]);
		}
	}
	for (const bucket of buckets.values()) bucket.sort(byDate);
	return { buckets };
}

/** Where `entry` sits in a date-sorted bucket that holds it. */
function positionIn(bucket: readonly RelatableEntry[], entry: RelatableEntry): number {
	let low = 0;
	let high = bucket.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const order = byDate(bucket[middle]!, entry);
		if (order === 0) return middle;
		if (order < 0) low = middle + 1;
		else high = middle - 1;
	}
	return low;
}

/** Day numbers by date: a site has far fewer dates than candidates compared. */
const days = new Map<string, number>();
function dayNumber(date: string): number {
	let day = days.get(date);
	if (day === undefined) {
		day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
		days.set(date, day);
	}
	return day;
}

/** A candidate with what it shares with the entry ranked. */
interface Ranked<T> {
	other: T;
	topics: number;
	regions: number;
	distance: number;
}

/** Negative when `a` ranks before `b`: more shared topics, then regions, then nearer in date, then by id (ids are unique: a total order). */
const rankOrder = <T extends RelatableEntry>(a: Ranked<T>, b: Ranked<T>) =>
	b.topics - a.topics || b.regions - a.regions || a.distance - b.distance || (a.other.id < b.other.id ? -1 : 1);

const shared = (a: readonly string[], b: readonly string[]) => a.filter((term, index) => b.includes(term) && a.indexOf(term) === index).length;

/**
 * Related entries of `entry`: the explicit `related` slugs first (those
 * `bySlug` knows, each once, never the entry itself), then the best ranked,
 * up to `limit` in all (explicit ones are all kept, even beyond it).
 */
export function rankRelated<T extends RelatableEntry>(index: RelatedIndex<T>, bySlug: ReadonlyMap<string, T>, entry: RelatableEntry, limit = 4): T[] {
	const chosen: T[] = [];
	const taken = new Set<string>([entry.id]);
	for (const slug of entry.related) {
		const other = bySlug.get(slug);
		if (other && !taken.has(slug)) {
			chosen.push(other);
			taken.add(slug);
		}
	}
	const wanted = limit - chosen.length;
	if (wanted <= 0) return chosen;
	// The nearest `wanted` on each side of every bucket, once the explicit ones are skipped; the best `wanted` of them
	// are kept in order as they come (a full sort of the few hundred candidates cost more than the rest of the ranking).
	const window = wanted + taken.size;
	const day = dayNumber(entry.date);
	const best: Ranked<T>[] = [];
	for (const name of bucketNames(termKeys(entry))) {
		const bucket = index.buckets.get(name) ?? [];
		const at = positionIn(bucket, entry);
		for (let i = Math.max(0, at - window); i <= Math.min(bucket.length - 1, at + window); i++) {
			const other = bucket[i]!;
			if (taken.has(other.id)) continue;
			taken.add(other.id);
			const candidate: Ranked<T> = {
				other,
				topics: shared(entry.topics, other.topics),
				regions: shared(entry.regions, other.regions),
				distance: Math.abs(dayNumber(other.date) - day),
			};
			if (best.length === wanted && rankOrder(candidate, best[wanted - 1]!) > 0) continue;
			let place = best.length;
			while (place > 0 && rankOrder(candidate, best[place - 1]!) < 0) place--;
			best.splice(place, 0, candidate);
			if (best.length > wanted) best.pop();
		}
	}
	return [...chosen, ...best.map(({ other }) => other)];
}
