/**
 * schema.org descriptions (JSON-LD) of pages: NewsArticle for news, Event for
 * events, Report, Book or CreativeWork for publications, WebSite for the home
 * page. Values are plain data; `serializeJsonLd` makes them safe for HTML.
 */
import type { EntryType } from '../../entry-types/index.ts';

/** Who publishes the site. */
export interface Organization {
	name: string;
	url: string;
	logo?: string | undefined;
}

/** What the JSON-LD of an entry is made from; URLs are absolute. */
export interface EntryFacts {
	type: EntryType;
	title: string;
	summary: string;
	/** Posting date, YYYY-MM-DD. */
	date: string;
	url: string;
	lang: string;
	image?: string | undefined;
	kind?: string | undefined;
	startDate?: string | undefined;
	endDate?: string | undefined;
	location?: string | undefined;
	/** Languages a publication is available in. */
	languages?: readonly string[] | undefined;
	/** Topic labels. */
	keywords?: readonly string[] | undefined;
}

const PUBLICATION_TYPES: Record<string, string> = { report: 'Report', 'issue-paper': 'Report', strategy: 'Report', framework: 'Report', manual: 'Book', guide: 'Book', commentary: 'Book', 'model-law': 'Book' };

/** The schema.org type of a publication kind (CreativeWork when none fits better). */
export function publicationType(kind: string | undefined): string {
	return (kind && PUBLICATION_TYPES[kind]) || 'CreativeWork';
}

function organization(org: Organization): Record<string, unknown> {
	return { '@type': 'Organization', name: org.name, url: org.url, logo: org.logo };
}

/** JSON-LD of an entry's detail page. */
export function entryJsonLd(entry: EntryFacts, publisher: Organization): Record<string, unknown> {
	const common = { '@context': 'https://schema.org', url: entry.url, description: entry.summary, image: entry.image ? [entry.image] : undefined };
	if (entry.type === 'events') {
		const start = entry.startDate ?? entry.date;
		return {
			...common, '@type': 'Event', name: entry.title, startDate: start, endDate: entry.endDate ?? start, inLanguage: entry.lang,
			eventStatus: 'https://schema.org/EventScheduled',
			location: entry.location ? { '@type': 'Place', name: entry.location, address: entry.location } : undefined,
			organizer: organization(publisher),
		};
	}
	const work = {
		...common, headline: entry.title, name: entry.title, datePublished: entry.date, mainEntityOfPage: entry.url,
		keywords: entry.keywords?.length ? entry.keywords.join(', ') : undefined, author: organization(publisher), publisher: organization(publisher),
	};
	if (entry.type === 'news') return { ...work, '@type': 'NewsArticle', inLanguage: entry.lang };
	return { ...work, '@type': publicationType(entry.kind), inLanguage: entry.languages?.length ? [...entry.languages] : entry.lang };
}

/** JSON-LD of the home page. */
export function websiteJsonLd(site: { name: string; url: string; description: string; lang: string }, publisher: Organization): Record<string, unknown> {
	return { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, url: site.url, description: site.description, inLanguage: site.lang, publisher: organization(publisher) };
}
