/**
 * Feeds and calendars from the published site: turns entries (with their
 * rendered bodies) into the plain feed and calendar models that the writers in
 * src/lib/feeds/ serialise, in an interface language.
 */
import type { CalendarEvent } from '../lib/feeds/calendar.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { feedEntries, feedPath, type FeedFormat, type FeedSource } from '../lib/feeds/sources.ts';
import type { FeedChannel, FeedItem } from '../lib/feeds/model.ts';
import { absolutizeHtml } from '../lib/markdown/html-urls.ts';
import { eventSpan, type EntrySummary } from '../lib/site/site-index.ts';
import { paths } from '../lib/routing/paths.ts';
import { translatorFor, type LanguageCode } from '../translations/index.ts';
import type { EntryType } from '../entry-types/index.ts';
import { urlFor, DEFAULT_IMAGE, type Deployment } from './deployment.ts';
import { entryBody } from './entry-page.ts';
import { descriptionOf, labelOf, termLabelIn, typeLabels } from './labels.ts';
import { localized, versionIn, type Site } from './site.ts';

function feedItem(site: Site, summary: EntrySummary, deployment: Deployment, lang: LanguageCode): FeedItem {
	const entry = versionIn(site, summary.id, lang);
	const url = urlFor(summary.path, deployment);
	const image = entry?.data.image?.src;
	return {
		id: url,
		url,
		title: summary.title,
		date: summary.date,
		summary: summary.summary,
		contentHtml: absolutizeHtml(entryBody(entry), url, (path) => urlFor(path, deployment)),
		categories: summary.topics.map((slug) => ({ term: slug, label: termLabelIn(site.topics, slug, lang) })),
		lang: summary.lang,
		image: image ? urlFor(image, deployment) : undefined,
	};
}

/** The channel of one feed in one format and interface language. */
export function feedChannel(site: Site, source: FeedSource, format: FeedFormat, deployment: Deployment, lang: LanguageCode): FeedChannel {
	const t = translatorFor(lang);
	const siteName = t('site.name');
	const term = source.kind === 'topic' ? site.topics.get(source.slug) : undefined;
	const labels = source.kind === 'type' ? typeLabels(source.type as EntryType, lang) : undefined;
	const [title, description, home] =
		source.kind === 'all'
			? [t('home.title'), t('feeds.all.description'), paths.home(lang)]
			: source.kind === 'type'
				? [t('feeds.title', { name: labels!.other, site: siteName }), labels!.intro, paths.section(lang, source.type)]
				: [
						t('feeds.title', { name: t('topic.title', { label: term ? labelOf(term, lang) : source.slug }), site: siteName }),
						(term && descriptionOf(term, lang)) ?? t('feeds.all.description'),
						paths.topic(lang, source.slug),
					];
	const items = localized(site, feedEntries(site.index, source), lang).map((summary) => feedItem(site, summary, deployment, lang));
	return {
		title,
		description,
		lang,
		homeUrl: urlFor(home, deployment),
		selfUrl: urlFor(feedPath(source, format, lang), deployment),
		updated: items[0]?.date ?? todayCalendarDate(),
		image: urlFor(DEFAULT_IMAGE, deployment),
		author: { name: t('site.owner'), url: urlFor(paths.home(lang), deployment) },
		items,
	};
}

/** The calendar entry of a scheduled entry (an event). */
export function calendarEvent(site: Site, summary: EntrySummary, deployment: Deployment, lang: LanguageCode): CalendarEvent {
	const url = urlFor(summary.path, deployment);
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
		categories: summary.topics.map((slug) => termLabelIn(site.topics, slug, lang)),
	};
}
