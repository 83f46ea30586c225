import { describe, expect, test } from 'vitest';
import { buildSiteIndex, relatedEntries, type EntrySummary } from '../../../src/lib/site/site-index.ts';

const TYPES = ['news', 'events', 'publications'];

function entry(id: string, date: string, extra: Partial<EntrySummary> = {}): EntrySummary {
	return { type: 'news', id, path: `/news/${id}/`, title: id, date, summary: '', lang: 'en', topics: [], regions: [], related: [], ...extra };
}

const ids = (list: readonly EntrySummary[] | undefined) => (list ?? []).map((e) => e.id);

describe('relatedEntries', () => {
	const site = [
		entry('self', '2012-06-15', { topics: ['sea', 'law'], related: ['explicit-old', 'missing-draft', 'self', 'explicit-old'] }),
		entry('explicit-old', '2001-01-01', { type: 'publications' }),
		entry('both-near', '2012-06-10', { topics: ['sea', 'law'] }),
		entry('both-far', '2008-01-01', { topics: ['law', 'sea'] }),
		entry('sea-near', '2012-06-14', { topics: ['sea'] }),
		entry('sea-far', '2005-01-01', { topics: ['sea'] }),
		entry('law-tie-b', '2012-06-20', { topics: ['law'] }),
		entry('law-tie-a', '2012-06-10', { topics: ['law'] }),
		entry('unrelated', '2012-06-15', { topics: ['other'] }),
	];
	const index = buildSiteIndex(site, TYPES);
	const of = (id: string, limit?: number) => ids(relatedEntries(index, index.bySlug.get(id)!, limit));

	test.each([
		// Explicit related first (published ones only, no duplicates, never itself),
		// then most shared topics, then nearest in date, then by id.
		[4, ['explicit-old', 'both-near', 'both-far', 'sea-near']],
		[6, ['explicit-old', 'both-near', 'both-far', 'sea-near', 'law-tie-a', 'law-tie-b']],
		[20, ['explicit-old', 'both-near', 'both-far', 'sea-near', 'law-tie-a', 'law-tie-b', 'sea-far']],
		[2, ['explicit-old', 'both-near']],
		[1, ['explicit-old']],
	])('limit %i', (limit, expected) => {
		expect(of('self', limit)).toEqual(expected);
	});

	test('defaults to 4', () => {
		expect(of('self')).toHaveLength(4);
	});

	test('never lists the entry itself nor an entry sharing no topic', () => {
		for (const e of site) {
			const related = of(e.id, 50);
			expect(related).not.toContain(e.id);
			expect(new Set(related).size).toBe(related.length);
			if (e.related.length === 0) {
				for (const id of related) expect(index.bySlug.get(id)!.topics.some((t) => e.topics.includes(t))).toBe(true);
			}
		}
		expect(of('unrelated', 50)).toEqual([]);
	});

	test('explicit related entries are all kept, even beyond the limit', () => {
		const many = buildSiteIndex(
			[
				entry('hub', '2012-01-01', { related: ['r1', 'r2', 'r3'], topics: ['t'] }),
				entry('r1', '2012-01-02'),
				entry('r2', '2012-01-03'),
				entry('r3', '2012-01-04'),
				entry('topical', '2012-01-01', { topics: ['t'] }),
			],
			TYPES,
		);
		expect(ids(relatedEntries(many, many.bySlug.get('hub')!, 2))).toEqual(['r1', 'r2', 'r3']);
		expect(ids(relatedEntries(many, many.bySlug.get('hub')!, 4))).toEqual(['r1', 'r2', 'r3', 'topical']);
	});

	test('the Model Law and the International Framework, which share both topics, list each other first', () => {
		const launch = buildSiteIndex(
			[
				entry('model-law', '2011-08-22', { topics: ['migrant-smuggling', 'legislation'], regions: ['global'] }),
				entry('framework', '2011-06-01', { topics: ['migrant-smuggling', 'legislation'], regions: ['global'] }),
				...Array.from({ length: 12 }, (_, i) =>
					entry(`one-topic-${i}`, `2011-08-${String(10 + i).padStart(2, '0')}`, { topics: [i % 2 ? 'legislation' : 'migrant-smuggling'], regions: ['global'] }),
				),
			],
			TYPES,
		);
		expect(ids(relatedEntries(launch, launch.bySlug.get('model-law')!))[0]).toBe('framework');
		expect(ids(relatedEntries(launch, launch.bySlug.get('framework')!))[0]).toBe('model-law');
	});

	test('shared regions rank after shared topics and before nearness in date', () => {
		const regional = buildSiteIndex(
			[
				entry('self', '2012-01-15', { topics: ['t'], regions: ['europe', 'global'] }),
				entry('same-region-far', '2001-01-01', { topics: ['t'], regions: ['europe'] }),
				entry('no-region-near', '2012-01-16', { topics: ['t'] }),
				entry('both-regions-far', '1999-01-01', { topics: ['t'], regions: ['global', 'europe'] }),
				entry('more-topics-far', '1990-01-01', { topics: ['t', 'u'] }),
			],
			TYPES,
		);
		expect(ids(relatedEntries(regional, regional.bySlug.get('self')!, 4))).toEqual([
			'both-regions-far',
			'same-region-far',
			'no-region-near',
			'more-topics-far',
		]);
	});

	/** Every pair compared: the ranking the index must reproduce. */
	function bruteForce(all: EntrySummary[], self: EntrySummary, limit: number): string[] {
		const bySlug = new Map(all.map((e) => [e.id, e]));
		const explicit = [...new Set(self.related)].filter((slug) => slug !== self.id && bySlug.has(slug));
		const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
		const count = (a: readonly string[], b: readonly string[]) => new Set(a.filter((x) => b.includes(x))).size;
		const ranked = all
			.filter((e) => e.id !== self.id && !explicit.includes(e.id) && count(e.topics, self.topics) > 0)
			.sort(
				(a, b) =>
					count(b.topics, self.topics) - count(a.topics, self.topics) ||
					count(b.regions, self.regions) - count(a.regions, self.regions) ||
					Math.abs(day(a.date) - day(self.date)) - Math.abs(day(b.date) - day(self.date)) ||
					(a.id < b.id ? -1 : 1),
			)
			.map((e) => e.id);
		return [...explicit, ...ranked.slice(0, Math.max(0, limit - explicit.length))];
	}

	test.each([1, 2, 3, 4, 5])('matches a comparison of every pair on a random site (seed %i)', (seed) => {
		let state = seed * 7919;
		const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const pick = <X>(list: readonly X[], n: number) => [...new Set(Array.from({ length: n }, () => list[Math.floor(random() * list.length)]!))];
		const topics = ['a', 'b', 'c', 'd', 'e', 'f'];
		const regions = ['x', 'y', 'z', 'global'];
		const all = Array.from({ length: 300 }, (_, i) =>
			entry(
				`e${i}`,
				`20${String(10 + Math.floor(random() * 10))}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
				{
					topics: pick(topics, 1 + Math.floor(random() * 3)),
					regions: pick(regions, Math.floor(random() * 3)),
					related: random() < 0.1 ? [`e${Math.floor(random() * 300)}`] : [],
				},
			),
		);
		const site = buildSiteIndex(all, TYPES);
		for (const self of all)
			for (const limit of [1, 4, 7])
				expect(ids(relatedEntries(site, site.bySlug.get(self.id)!, limit)), `${self.id} limit ${limit}`).toEqual(bruteForce(all, self, limit));
	});
});
