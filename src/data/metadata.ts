/**
 * schema.org data and social-card images of pages, from the published site.
 * URLs are absolute, under the configured site URL and base.
 */
import type { SocialImage } from '../lib/images/social.ts';
import { entryType } from '../entry-types/index.ts';
import { entryJsonLd, websiteJsonLd, type Organization } from '../lib/head/structured-data.ts';
import { paths } from '../lib/routing/paths.ts';
import { translatorFor, type LanguageCode } from '../translations/index.ts';
import { urlFor, type Deployment } from './deployment.ts';
import { termLabelIn } from './labels.ts';
import { entryFacts, entryPath, type AnyEntry, type Site } from './site.ts';
import { DUBLIN_CORE_LINKS, dublinCoreTags, highwireTags, publicationJsonLd, type LinkTag, type MetaTag } from '../lib/publications/scholar-meta.ts';
import type { Edition } from './publication.ts';

/** The organisation publishing the site, named in `lang`. */
export function publisher(deployment: Deployment, lang: LanguageCode): Organization {
	return { name: translatorFor(lang)('site.owner'), url: urlFor(paths.home(lang), deployment) };
}

/** JSON-LD of the home page in `lang`. */
export function homeJsonLd(deployment: Deployment, lang: LanguageCode): Record<string, unknown> {
	const t = translatorFor(lang);
	return websiteJsonLd(
		{ name: t('site.name'), url: urlFor(paths.home(lang), deployment), description: t('site.description'), lang },
		publisher(deployment, lang),
	);
}

/** JSON-LD of an entry's page in `lang`. */
export function entryMetadata(
	entry: AnyEntry,
	site: Site,
	deployment: Deployment,
	lang: LanguageCode,
	/** The entry's social image (src/lib/images/social.ts), made by the page, which can resize it. */
	image?: SocialImage | undefined,
): Record<string, unknown> {
	const { data } = entry;
	const facts = entryFacts(entry);
	const jsonLd = entryJsonLd(
		{
			schemaType: entryType(entry.collection).schemaType(facts, site.vocabularies),
			title: data.title,
			summary: data.summary ?? data.excerpt,
			date: data.date,
			url: urlFor(entryPath(entry), deployment),
			lang: data.lang,
			image: image ? urlFor(image.src, deployment) : undefined,
			startDate: facts.startDate,
			endDate: facts.endDate,
			location: facts.location,
			languages: facts.languages,
			keywords: data.topics.map((slug) => termLabelIn(site.topics, slug, lang)),
		},
		publisher(deployment, lang),
	);
	return jsonLd;
}

/** What a publication's page adds to its head: Highwire and Dublin Core tags of the page's edition, and the JSON-LD of every edition. */
export function publicationHead(
	entry: AnyEntry,
	editions: readonly Edition[],
	site: Site,
	deployment: Deployment,
	lang: LanguageCode,
	/** The entry's social image, the card of its photo or cover (never the file itself: reading it publishes the original). */
	image?: SocialImage | undefined,
): { meta: MetaTag[]; links: readonly LinkTag[]; jsonLd: Record<string, unknown> } {
	const [edition] = editions;
	if (!edition) throw new RangeError(`${entry.collection}/${entry.id} has no edition`);
	const jsonLd = publicationJsonLd(editions, {
		authorUrl: publisher(deployment, lang).url,
		image: image ? urlFor(image.src, deployment) : undefined,
		description: entry.data.summary ?? entry.data.excerpt,
	});
	jsonLd['keywords'] = entry.data.topics.map((slug) => termLabelIn(site.topics, slug, lang));
	return { meta: [...highwireTags(edition), ...dublinCoreTags(edition)], links: DUBLIN_CORE_LINKS, jsonLd };
}
