/**
 * Feeds and calendars from the published site: turns entries (with their
 * rendered bodies) into the plain feed and calendar models that the writers in
 * src/lib/feeds/ serialise, in an interface language.
 */
import { remoteImageUrl } from '../lib/images/sources.ts';
import type { SocialImage } from '../lib/images/social.ts';
import type { CalendarEvent } from '../lib/feeds/calendar.ts';
import { todayCalendarDate } from '../lib/dates/calendar-dates.ts';
import { feedEntries, feedPath, type FeedFormat, type FeedSource } from '../lib/feeds/sources.ts';
import { textToHtml, type FeedChannel, type FeedItem } from '../lib/feeds/model.ts';
import { formatDate } from '../lib/dates/format.ts';
import { absolutizeHtml } from '../lib/markdown/html-urls.ts';
import { eventSpan, type EntrySummary } from '../lib/site/site-index.ts';
import { paths } from '../lib/routing/paths.ts';
import { translatorFor, type LanguageCode } from '../translations/index.ts';
import type { EntryType } from '../entry-types/index.ts';
import { urlFor, DEFAULT_IMAGE, type Deployment } from './deployment.ts';
import { entryBody } from './entry-page.ts';
import { descriptionOf, labelOf, termLabelIn, typeLabels } from './labels.ts';
import { entryFacts, localized, versionIn, type AnyEntry, type Site } from './site.ts';

/**
 * The item's HTML: the body as its page shows it, after the press release's
 * dateline ("Bangkok (Thailand), 21 February 2012 –"); an entry without a body
 * gets its summary, or its title linked to its page, so no reader sees an empty item.
 */
function itemHtml(entry: AnyEntry, summary: EntrySummary, url: string, lang: LanguageCode, images: FeedImages): string {
	const body = (images.bodies.get(entry) ?? entryBody(entry)).trim();
	const dateline = entryFacts(entry).dateline;
	const lead = dateline ? `<p>${textToHtml(`${dateline}, ${formatDate(summary.date, lang)} –`)}</p>\n` : '';
	if (body) return `${lead}${body}`;
	return `${lead}<p>${summary.summary ? textToHtml(summary.summary) : `<a href="${textToHtml(url)}">${textToHtml(summary.title)}</a>`}</p>`;
}

function feedItem(site: Site, summary: EntrySummary, deployment: Deployment, lang: LanguageCode, images: FeedImages): FeedItem {
	const entry = versionIn(site, summary.id, lang);
	const url = urlFor(summary.path, deployment);
	const image = images.cards.get(entry)?.src ?? remoteImageUrl(entry?.data.image?.src);
	return {
		id: url,
		url,
		title: summary.title,
		date: summary.date,
		summary: summary.summary || summary.title,
		contentHtml: absolutizeHtml(itemHtml(entry, summary, url, lang, images), url, (path) => urlFor(path, deployment)),
		categories: summary.topics.map((slug) => ({ term: slug, label: termLabelIn(site.topics, slug, lang) })),
		lang: summary.lang,
		image: image ? urlFor(image, deployment) : undefined,
	};
}

/** What the feeds show of entries' photos, made by the feeds' page, which can resize them. */
export interface FeedImages {
	/** Social images (src/lib/images/social.ts), named instead of the photos' original files. */
	cards: ReadonlyMap<AnyEntry, SocialImage>;
	/** Bodies whose own photos are resized (src/lib/images/body.ts), for the entries that have any. */
	bodies: ReadonlyMap<AnyEntry, string>;
}

/** The channel of one feed in one format and interface language. */
export function feedChannel(
	site: Site,
	source: FeedSource,
	format: FeedFormat,
	deployment: Deployment,
	lang: LanguageCode,
	images: FeedImages = { cards: new Map(), bodies: new Map() },
): FeedChannel {
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
	const items = localized(site, feedEntries(site.index, source), lang).map((summary) => feedItem(site, summary, deployment, lang, images));
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

/** True when a scheduled entry has days of its own (startDate): only those go into calendars, never on their posting date. */
export function hasCalendarDates(summary: EntrySummary): boolean {
	return summary.startDate !== undefined;
}

/** The calendar entry of a scheduled entry (an event) that has its own days (see hasCalendarDates). */
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
