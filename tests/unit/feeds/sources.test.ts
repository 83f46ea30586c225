import { describe, expect, test } from 'vitest';
import { FEED_LIMIT, feedEntries, feedLinks, feedName, feedPath, feedSources, type FeedSource } from '../../../src/lib/feeds/sources.ts';
import { buildSiteIndex, type EntrySummary } from '../../../src/lib/site/site-index.ts';

const entry = (i: number, type: EntrySummary['type'], topics: string[]): EntrySummary => ({
	type,
	id: `${type}-${i}`,
	path: `/${type}/${type}-${i}/`,
	title: `T${i}`,
	date: `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
	summary: '',
	lang: 'en',
	topics,
	regions: [],
	related: [],
});

describe('feed names and paths', () => {
	test.each<[FeedSource, string, string]>([
		[{ kind: 'all' }, 'all', '/feeds/all.rss'],
		[{ kind: 'type', type: 'news' }, 'news', '/feeds/news.rss'],
		[{ kind: 'type', type: 'events' }, 'events', '/feeds/events.rss'],
		[{ kind: 'topic', slug: 'smuggling-by-sea' }, 'topics/smuggling-by-sea', '/feeds/topics/smuggling-by-sea.rss'],
	])('%j', (source, name, path) => {
		expect(feedName(source)).toBe(name);
		expect(feedPath(source, 'rss', 'en')).toBe(path);
		expect(feedPath(source, 'atom', 'fr')).toBe(`/fr${path.replace('.rss', '.atom')}`);
		expect(feedLinks(source, 'en').map((link) => [link.href.split('.').pop(), link.type])).toEqual([
			['rss', 'application/rss+xml'],
			['atom', 'application/atom+xml'],
			['json', 'application/feed+json'],
		]);
	});
	test('every feed: all, each type, each topic', () => {
		expect(feedSources(['news', 'events', 'publications'], ['a', 'b']).map(feedName)).toEqual([
			'all',
			'news',
			'events',
			'publications',
			'topics/a',
			'topics/b',
		]);
	});
});

describe('feedEntries', () => {
	const entries = Array.from({ length: 120 }, (_, i) => entry(i, (['news', 'events', 'publications'] as const)[i % 3]!, i % 2 ? ['odd'] : ['even']));
	const index = buildSiteIndex(entries, ['news', 'events', 'publications']);
	test.each<[FeedSource, number]>([
		[{ kind: 'all' }, FEED_LIMIT],
		[{ kind: 'type', type: 'news' }, 40],
		[{ kind: 'topic', slug: 'odd' }, FEED_LIMIT],
		[{ kind: 'topic', slug: 'unused' }, 0],
	])('%j holds the newest entries, at most 50', (source, count) => {
		const list = feedEntries(index, source);
		expect(list).toHaveLength(count);
		const dates = list.map((item) => item.date);
		expect(dates).toEqual([...dates].sort().reverse());
		if (source.kind === 'all') expect(list[0]).toBe(index.all[0]);
	});
});
