/**
 * Feeds and calendars from the published site: turns entries (with their
 * rendered bodies) into the plain feed and calendar models that the writers in
 * src/lib/ serialise. Routes call these with the configured site URL and base.
 */
import type { CalendarEvent } from '../lib/feeds/calendar.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { feedEntries, feedPath, type FeedFormat, type FeedSource } from '../lib/feeds/sources.ts';
import type { FeedChannel, FeedItem } from '../lib/feeds/model.ts';
import { absolutizeHtml } from '../lib/markdown/html-urls.ts';
import { useTranslations } from '../lib/i18n/translate.ts';
import { eventSpan, type EntrySummary } from '../lib/site/site-index.ts';
import { termLabel } from '../lib/site/taxonomy.ts';
import { absoluteUrl, isExternalUrl, paths } from '../lib/routing/paths.ts';
import { entryBody, type Site } from './site.ts';

/** Where the site is deployed: `site` is the origin, `base` the base path. */
export interface Deployment {
	site: string;
	base: string;
}

/** The default social and feed image, in public/. */
export const DEFAULT_IMAGE = '/og-default.png';

/** An absolute URL for a site path or an external URL. */
export function urlFor(pathOrUrl: string, { site, base }: Deployment): string {
	return isExternalUrl(pathOrUrl) ? pathOrUrl : absoluteUrl(pathOrUrl, site, base);
}

function feedItem(site: Site, summary: EntrySummary, deployment: Deployment): FeedItem {
	const entry = site.entries.get(summary.id);
	const url = urlFor(paths.entry(summary.type, summary.id), deployment);
	const image = entry?.data.image?.src;
	return {
		id: url,
		url,
		title: summary.title,
		date: summary.date,
		summary: summary.summary,
		contentHtml: absolutizeHtml(entry ? entryBody(entry) : '', url, (path) => urlFor(path, deployment)),
		categories: summary.topics.map((slug) => ({ term: slug, label: termLabel(site.topics, slug) })),
		lang: summary.lang,
		image: image ? urlFor(image, deployment) : undefined,
	};
}

/** The channel of one feed in one format. */
export function feedChannel(site: Site, source: FeedSource, format: FeedFormat, deployment: Deployment): FeedChannel {
	const t = useTranslations();
	const siteName = t('site.name');
	const term = source.kind === 'topic' ? site.topics.get(source.slug) : undefined;
	const [title, description, home] =
		source.kind === 'all' ? [t('home.title'), t('feeds.all.description'), paths.home()]
		: source.kind === 'type' ? [t('feeds.title', { name: t(`section.${source.type}`), site: siteName }), t(`section.${source.type}.intro`), paths.section(source.type)]
		: [t('feeds.title', { name: t('topic.title', { label: term?.label ?? source.slug }), site: siteName }), term?.description ?? t('feeds.all.description'), paths.topic(source.slug)];
	const items = feedEntries(site.index, source).map((summary) => feedItem(site, summary, deployment));
	return {
		title,
		description,
		lang: 'en',
		homeUrl: urlFor(home, deployment),
		selfUrl: urlFor(feedPath(source, format), deployment),
		updated: items[0]?.date ?? todayCalendarDate(),
		image: urlFor(DEFAULT_IMAGE, deployment),
		author: { name: t('site.owner'), url: urlFor(paths.home(), deployment) },
		items,
	};
}

/** The calendar entry of an event. */
export function calendarEvent(site: Site, summary: EntrySummary, deployment: Deployment): CalendarEvent {
	const url = urlFor(paths.entry('events', summary.id), deployment);
	const { start, end } = eventSpan(summary);
	return {
		uid: url,
		title: summary.title,
		url,
		date: summary.date,
		start,
		end,
		summary: summary.summary,
		location: summary.location,
		categories: summary.topics.map((slug) => termLabel(site.topics, slug)),
	};
}
