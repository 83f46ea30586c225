/**
 * schema.org data and social-card images of pages, from the published site.
 * URLs are absolute, under the configured site URL and base.
 */
import { useTranslations } from '../lib/i18n/translate.ts';
import { entryJsonLd, websiteJsonLd, type Organization } from '../lib/head/structured-data.ts';
import { termLabel } from '../lib/site/taxonomy.ts';
import { paths } from '../lib/routing/paths.ts';
import { urlFor, type Deployment } from './feeds.ts';
import type { AnyEntry, Site } from './site.ts';

/** The organisation publishing the site. */
export function publisher(deployment: Deployment): Organization {
	const t = useTranslations();
	return { name: t('site.owner'), url: urlFor(paths.home(), deployment) };
}

/** JSON-LD of the home page. */
export function homeJsonLd(deployment: Deployment): Record<string, unknown> {
	const t = useTranslations();
	return websiteJsonLd({ name: t('site.name'), url: urlFor(paths.home(), deployment), description: t('site.description'), lang: 'en' }, publisher(deployment));
}

/** JSON-LD and social-card image of an entry's page. */
export function entryMetadata(entry: AnyEntry, site: Site, deployment: Deployment): { jsonLd: Record<string, unknown>; image?: { src: string; alt: string } | undefined } {
	const { data } = entry;
	const summary = site.index.bySlug.get(entry.id);
	const image = data.image?.src ? { src: data.image.src, alt: data.image.alt ?? '' } : undefined;
	const jsonLd = entryJsonLd(
		{
			type: entry.collection,
			title: data.title,
			summary: summary?.summary ?? data.summary ?? data.excerpt,
			date: data.date,
			url: urlFor(paths.entry(entry.collection, entry.id), deployment),
			lang: data.lang,
			image: image ? urlFor(image.src, deployment) : undefined,
			kind: 'kind' in data ? data.kind : undefined,
			startDate: 'startDate' in data ? data.startDate : undefined,
			endDate: 'endDate' in data ? data.endDate : undefined,
			location: 'location' in data ? data.location : undefined,
			languages: 'languages' in data ? data.languages : undefined,
			keywords: data.topics.map((slug) => termLabel(site.topics, slug)),
		},
		publisher(deployment),
	);
	return { jsonLd, image };
}
