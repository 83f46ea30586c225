/**
 * schema.org descriptions (JSON-LD) of pages: an entry's page as the
 * schema.org type its entry type names (an Event with its dates and place,
 * or a creative work such as NewsArticle, Report or Book), the home page as
 * a WebSite. Values are plain data; `serializeJsonLd` makes them safe for HTML.
 */

/** Who publishes the site. */
export interface Organization {
	name: string;
	url: string;
	logo?: string | undefined;
}

/** What the JSON-LD of an entry is made from; URLs are absolute. */
export interface JsonLdEntry {
	/** schema.org type, from the entry's type (src/entry-types/). */
	schemaType: string;
	title: string;
	summary: string;
	/** Posting date, YYYY-MM-DD. */
	date: string;
	url: string;
	lang: string;
	image?: string | undefined;
	startDate?: string | undefined;
	endDate?: string | undefined;
	location?: string | undefined;
	/** Languages a publication is available in. */
	languages?: readonly string[] | undefined;
	/** Topic labels. */
	keywords?: readonly string[] | undefined;
}

function organization(org: Organization): Record<string, unknown> {
	return { '@type': 'Organization', name: org.name, url: org.url, logo: org.logo };
}

/** JSON-LD of an entry's detail page. */
export function entryJsonLd(entry: JsonLdEntry, publisher: Organization): Record<string, unknown> {
	const common = { '@context': 'https://schema.org', url: entry.url, description: entry.summary, image: entry.image ? [entry.image] : undefined };
	if (entry.schemaType === 'Event') {
		const start = entry.startDate ?? entry.date;
		return {
			...common,
			'@type': 'Event',
			name: entry.title,
			startDate: start,
			endDate: entry.endDate ?? start,
			inLanguage: entry.lang,
			eventStatus: 'https://schema.org/EventScheduled',
			location: entry.location ? { '@type': 'Place', name: entry.location, address: entry.location } : undefined,
			organizer: organization(publisher),
		};
	}
	const work = {
		...common,
		headline: entry.title,
		name: entry.title,
		datePublished: entry.date,
		mainEntityOfPage: entry.url,
		keywords: entry.keywords?.length ? entry.keywords.join(', ') : undefined,
		author: organization(publisher),
		publisher: organization(publisher),
	};
	return { ...work, '@type': entry.schemaType, inLanguage: entry.languages?.length ? [...entry.languages] : entry.lang };
}

/** JSON-LD of the home page. */
export function websiteJsonLd(site: { name: string; url: string; description: string; lang: string }, publisher: Organization): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		url: site.url,
		description: site.description,
		inLanguage: site.lang,
		publisher: organization(publisher),
	};
}
