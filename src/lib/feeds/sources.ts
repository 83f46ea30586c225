/**
 * Which feeds the site has and what goes in them: one for everything, one per
 * entry type and one per topic, each in RSS 2.0, Atom 1.0 and JSON Feed 1.1,
 * holding the newest `FEED_LIMIT` entries.
 */
import type { EntrySummary, SiteIndex } from '../site/site-index.ts';
import { paths } from '../routing/paths.ts';

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** How many entries a feed holds. */
export const FEED_LIMIT = 50;

/** Media types, for `<link rel="alternate" type>` and responses. */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
	rss: 'application/rss+xml',
	atom: 'application/atom+xml',
	json: 'application/feed+json',
};

/** What a feed follows. */
export type FeedSource = { kind: 'all' } | { kind: 'type'; type: string } | { kind: 'topic'; slug: string };

/** `all`, `news` or `topics/<slug>`: the feed's file name without extension. */
export function feedName(source: FeedSource): string {
	if (source.kind === 'all') return 'all';
	return source.kind === 'type' ? source.type : `topics/${source.slug}`;
}

/** Site path of a feed (no base) in the interface language `lang`. */
export function feedPath(source: FeedSource, format: FeedFormat, lang: string): string {
	return paths.feed(lang, feedName(source), format);
}

/** Every feed: everything, each type (`typeNames`), each topic of the vocabulary (even before it has entries). */
export function feedSources(typeNames: readonly string[], topicSlugs: readonly string[]): FeedSource[] {
	return [{ kind: 'all' }, ...typeNames.map((type) => ({ kind: 'type', type }) as const), ...topicSlugs.map((slug) => ({ kind: 'topic', slug }) as const)];
}

/** The newest entries of a feed, newest first. */
export function feedEntries(index: SiteIndex, source: FeedSource, limit = FEED_LIMIT): EntrySummary[] {
	const list = source.kind === 'all' ? index.all : source.kind === 'type' ? (index.byType[source.type] ?? []) : (index.byTopic.get(source.slug) ?? []);
	return list.slice(0, limit);
}

/** A feed of a page, for autodiscovery links and subscribe links. */
export interface FeedLink {
	/** Site path (no base). */
	href: string;
	format: FeedFormat;
	/** Media type. */
	type: string;
}

/** The three formats of a feed, in the interface language `lang`. */
export function feedLinks(source: FeedSource, lang: string): FeedLink[] {
	return FEED_FORMATS.map((format) => ({ href: feedPath(source, format, lang), format, type: FEED_MEDIA_TYPES[format] }));
}

/** A page's own feed: what it follows and the title shown for it. */
export interface FeedRef {
	source: FeedSource;
	/** Human title such as "News" or "Topic: Smuggling by sea". */
	title: string;
}
