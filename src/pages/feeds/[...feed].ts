/** Every feed: /feeds/all.rss, /feeds/news.atom, /feeds/topics/<slug>.json … (see src/lib/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannel } from '../../data/feeds.ts';
import { getSite } from '../../data/site.ts';
import { renderAtom } from '../../lib/feeds/atom.ts';
import { renderJsonFeed } from '../../lib/feeds/json-feed.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { FEED_FORMATS, FEED_MEDIA_TYPES, feedName, feedSources, type FeedFormat, type FeedSource } from '../../lib/feeds/sources.ts';

export const getStaticPaths = (async () => {
	const { vocabularies } = await getSite();
	return feedSources(vocabularies.topics.map((term) => term.slug)).flatMap((source) =>
		FEED_FORMATS.map((format) => ({ params: { feed: `${feedName(source)}.${format}` }, props: { source, format } })),
	);
}) satisfies GetStaticPaths;

const writers: Record<FeedFormat, (channel: ReturnType<typeof feedChannel>) => string | Promise<string>> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

export const GET: APIRoute<{ source: FeedSource; format: FeedFormat }> = async ({ props, site }) => {
	const channel = feedChannel(await getSite(), props.source, props.format, { site: site!.href, base: import.meta.env.BASE_URL });
	return new Response(await writers[props.format](channel), { headers: { 'Content-Type': `${FEED_MEDIA_TYPES[props.format]}; charset=utf-8` } });
};
