import { describe, expect, test } from 'vitest';
import type { EntryType } from '../../../src/entry-types/index.ts';
import { buildSiteIndex, eventSpan, sectionNeighbours, splitEvents, type EntrySummary } from '../../../src/lib/site/site-index.ts';

const TYPES = ['news', 'events', 'publications'];

function entry(id: string, date: string, extra: Partial<EntrySummary> = {}): EntrySummary {
	return { type: 'news', id, path: `/news/${id}/`, title: id, date, summary: '', lang: 'en', topics: [], regions: [], related: [], ...extra };
}

const ids = (list: readonly EntrySummary[] | undefined) => (list ?? []).map((e) => e.id);

const entries: EntrySummary[] = [
	entry('n-2011', '2011-12-19', { topics: ['sea'], regions: ['global'] }),
	entry('n-2012-b', '2012-03-07', { topics: ['sea', 'law'], regions: ['africa', 'global'] }),
	entry('n-2012-a', '2012-03-07', { topics: ['law'] }),
	entry('e-2012', '2012-05-01', { type: 'events', topics: ['law'], regions: ['africa'] }),
	entry('p-2010', '2010-01-15', { type: 'publications', topics: ['sea'] }),
	entry('p-2012', '2012-12-31', { type: 'publications' }),
	entry('e-2011', '2011-01-01', { type: 'events' }),
];

describe('buildSiteIndex', () => {
	const index = buildSiteIndex(entries, TYPES);

	test('all entries newest first, ties by id', () => {
		expect(ids(index.all)).toEqual(['p-2012', 'e-2012', 'n-2012-a', 'n-2012-b', 'n-2011', 'e-2011', 'p-2010']);
	});

	test('the order does not depend on the input order', () => {
		expect(ids(buildSiteIndex([...entries].reverse(), TYPES).all)).toEqual(ids(index.all));
	});

	test('does not change its input', () => {
		const input = [...entries];
		buildSiteIndex(input, TYPES);
		expect(input).toEqual(entries);
	});

	test.each<[EntryType, string[]]>([
		['news', ['n-2012-a', 'n-2012-b', 'n-2011']],
		['events', ['e-2012', 'e-2011']],
		['publications', ['p-2012', 'p-2010']],
	])('byType %s', (type, expected) => {
		expect(ids(index.byType[type])).toEqual(expected);
	});

	test('every type has a list, even when empty', () => {
		const empty = buildSiteIndex([entry('only-news', '2012-01-01')], TYPES);
		expect(ids(empty.byType.events)).toEqual([]);
		expect(ids(empty.byType.publications)).toEqual([]);
	});

	test('byYear: years newest first, entries newest first', () => {
		expect([...index.byYear.keys()]).toEqual([2012, 2011, 2010]);
		expect(ids(index.byYear.get(2012))).toEqual(['p-2012', 'e-2012', 'n-2012-a', 'n-2012-b']);
		expect(ids(index.byYear.get(2011))).toEqual(['n-2011', 'e-2011']);
		expect(ids(index.byYear.get(2010))).toEqual(['p-2010']);
	});

	test.each([
		['sea', ['n-2012-b', 'n-2011', 'p-2010']],
		['law', ['e-2012', 'n-2012-a', 'n-2012-b']],
		['unused', []],
	])('byTopic %s', (topic, expected) => {
		expect(ids(index.byTopic.get(topic))).toEqual(expected);
	});

	test.each([
		['global', ['n-2012-b', 'n-2011']],
		['africa', ['e-2012', 'n-2012-b']],
		['unused', []],
	])('byRegion %s', (region, expected) => {
		expect(ids(index.byRegion.get(region))).toEqual(expected);
	});

	test('bySlug and positions', () => {
		expect(index.bySlug.size).toBe(entries.length);
		for (const e of entries) {
			expect(index.bySlug.get(e.id)).toBe(e);
			expect(index.byType[e.type]![index.positionInType.get(e.id)!]).toBe(e);
			for (const topic of e.topics) expect(index.byTopic.get(topic)).toContain(e);
		}
	});

	test('an empty site', () => {
		const empty = buildSiteIndex([], TYPES);
		expect(empty.all).toEqual([]);
		expect(empty.byYear.size).toBe(0);
		expect(empty.byTopic.size).toBe(0);
	});
});

describe('sectionNeighbours', () => {
	const index = buildSiteIndex(entries, TYPES);
	test.each([
		['n-2012-a', undefined, 'n-2012-b'],
		['n-2012-b', 'n-2012-a', 'n-2011'],
		['n-2011', 'n-2012-b', undefined],
		['e-2012', undefined, 'e-2011'],
		['e-2011', 'e-2012', undefined],
		['p-2012', undefined, 'p-2010'],
	])('%s: newer %s, older %s (same section only)', (id, newer, older) => {
		const result = sectionNeighbours(index, index.bySlug.get(id)!);
		expect(result.newer?.id).toBe(newer);
		expect(result.older?.id).toBe(older);
	});

	test('an entry alone in its section has no neighbours', () => {
		const single = buildSiteIndex([entry('alone', '2012-01-01', { type: 'events' }), entry('other', '2012-01-02')], TYPES);
		expect(sectionNeighbours(single, single.bySlug.get('alone')!)).toEqual({ newer: undefined, older: undefined });
	});
});

describe('eventSpan', () => {
	test.each([
		[{}, '2012-03-01', '2012-03-01'],
		[{ startDate: '2012-04-02' }, '2012-04-02', '2012-04-02'],
		[{ startDate: '2012-04-02', endDate: '2012-04-05' }, '2012-04-02', '2012-04-05'],
	])('%o → %s to %s', (extra, start, end) => {
		expect(eventSpan(entry('e', '2012-03-01', { type: 'events', ...extra }))).toEqual({ start, end });
	});
});

describe('splitEvents', () => {
	const events = [
		entry('past-long-ago', '2011-01-01', { type: 'events', startDate: '2011-02-01', endDate: '2011-02-03' }),
		entry('ended-yesterday', '2012-01-01', { type: 'events', startDate: '2012-03-05', endDate: '2012-03-06' }),
		entry('ends-today', '2012-01-01', { type: 'events', startDate: '2012-03-01', endDate: '2012-03-07' }),
		entry('one-day-today', '2012-01-02', { type: 'events', startDate: '2012-03-07' }),
		entry('starts-today', '2012-01-03', { type: 'events', startDate: '2012-03-07', endDate: '2012-03-09' }),
		entry('next-month', '2012-02-01', { type: 'events', startDate: '2012-04-10', endDate: '2012-04-12' }),
		entry('no-dates-past', '2012-03-06', { type: 'events' }),
		entry('no-dates-today', '2012-03-07', { type: 'events' }),
		entry('past-same-start-b', '2010-05-01', { type: 'events', startDate: '2010-06-01' }),
		entry('past-same-start-a', '2010-05-01', { type: 'events', startDate: '2010-06-01' }),
	];

	test.each([
		[
			'2012-03-07',
			['ends-today', 'no-dates-today', 'starts-today', 'one-day-today', 'next-month'],
			['no-dates-past', 'ended-yesterday', 'past-long-ago', 'past-same-start-a', 'past-same-start-b'],
		],
		[
			'2012-03-08',
			['starts-today', 'next-month'],
			['no-dates-today', 'one-day-today', 'no-dates-past', 'ended-yesterday', 'ends-today', 'past-long-ago', 'past-same-start-a', 'past-same-start-b'],
		],
		[
			'2000-01-01',
			[
				'past-same-start-a',
				'past-same-start-b',
				'past-long-ago',
				'ends-today',
				'ended-yesterday',
				'no-dates-past',
				'no-dates-today',
				'starts-today',
				'one-day-today',
				'next-month',
			],
			[],
		],
		[
			'2099-01-01',
			[],
			[
				'next-month',
				'no-dates-today',
				'starts-today',
				'one-day-today',
				'no-dates-past',
				'ended-yesterday',
				'ends-today',
				'past-long-ago',
				'past-same-start-a',
				'past-same-start-b',
			],
		],
	])('today %s', (today, upcoming, past) => {
		const result = splitEvents(events, today);
		expect(ids(result.upcoming)).toEqual(upcoming);
		expect(ids(result.past)).toEqual(past);
	});

	test('the split does not depend on the input order', () => {
		const a = splitEvents(events, '2012-03-07');
		const b = splitEvents([...events].reverse(), '2012-03-07');
		expect(ids(b.upcoming)).toEqual(ids(a.upcoming));
		expect(ids(b.past)).toEqual(ids(a.past));
	});
});
