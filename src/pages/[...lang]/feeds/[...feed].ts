/** Every feed: /feeds/all.rss, /feeds/news.atom, /feeds/topics/<slug>.json … (see src/lib/feeds/sources.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteDeployment } from '../../../data/deployment.ts';
import { feedChannel, type FeedImages } from '../../../data/feeds.ts';
import { socialImagesOf } from '../../../lib/images/social.ts';
import { entryPictureOf } from '../../../data/publication.ts';
import { bodyImagesOf, withBodyPictures } from '../../../lib/images/body.ts';
import { entryBody } from '../../../data/entry-page.ts';
import type { AnyEntry } from '../../../data/site.ts';
import { inEveryLanguage } from '../../../data/routes.ts';
import { getSite } from '../../../data/site.ts';
import { TYPE_NAMES } from '../../../entry-types/index.ts';
import { renderAtom } from '../../../lib/feeds/atom.ts';
import { renderJsonFeed } from '../../../lib/feeds/json-feed.ts';
import type { FeedChannel } from '../../../lib/feeds/model.ts';
import { renderRss } from '../../../lib/feeds/rss.ts';
import { FEED_FORMATS, FEED_MEDIA_TYPES, feedName, feedSources, type FeedFormat, type FeedSource } from '../../../lib/feeds/sources.ts';

export const getStaticPaths = (async () => {
	const { vocabularies } = await getSite();
	const sources = feedSources(
		TYPE_NAMES,
		vocabularies.topics.map((term) => term.slug),
	);
	return inEveryLanguage(() =>
		sources.flatMap((source) => FEED_FORMATS.map((format) => ({ params: { feed: `${feedName(source)}.${format}` }, props: { source, format } }))),
	);
}) satisfies GetStaticPaths;

const writers: Record<FeedFormat, (channel: FeedChannel) => string | Promise<string>> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

/** Every entry's social image and resized body photos, made once for all the feeds of a build. */
let images: Promise<FeedImages> | undefined;

async function feedImages(entries: AnyEntry[]): Promise<FeedImages> {
	const base = import.meta.env.BASE_URL;
	const withPhotos = entries.filter((entry) => Object.keys(bodyImagesOf(entry)).length);
	const bodies = await Promise.all(
		withPhotos.map(async (entry) => [entry, await withBodyPictures(entryBody(entry), bodyImagesOf(entry), base, true)] as const),
	);
	return { cards: await socialImagesOf(entries, base, entryPictureOf), bodies: new Map(bodies) };
}

export const GET: APIRoute<{ source: FeedSource; format: FeedFormat }> = async (context) => {
	const site = await getSite();
	images ??= feedImages([...site.versions.values()].flat());
	const channel = feedChannel(site, context.props.source, context.props.format, siteDeployment(), context.locals.lang, await images);
	return new Response(await writers[context.props.format](channel), {
		headers: { 'Content-Type': `${FEED_MEDIA_TYPES[context.props.format]}; charset=utf-8` },
	});
};
