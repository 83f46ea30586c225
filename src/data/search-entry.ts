/** What search needs to know about an entry (see src/lib/search/record.ts). */
import { remoteImageUrl } from '../lib/images/sources.ts';
import type { SocialImage } from '../lib/images/social.ts';
import type { LanguageCode } from '../translations/index.ts';
import { withBase } from '../lib/routing/paths.ts';
import type { SearchEntry } from '../lib/search/record.ts';
import { entryLabel } from './labels.ts';
import { withBroader } from '../lib/site/taxonomy.ts';
import { entryFacts, type AnyEntry, type Site } from './site.ts';

/**
 * An entry's search description, with labels in `lang` and its image under
 * `base`; its topics and regions include the broader terms they are part of,
 * so filtering by Americas finds an entry filed under Central America.
 */
export function searchEntryOf(entry: AnyEntry, site: Site, lang: LanguageCode, base: string, social?: SocialImage): SearchEntry {
	const { data } = entry;
	const facts = entryFacts(entry);
	const languages = [...facts.languages, ...data.links.flatMap((link) => (link.lang ? [link.lang] : [])), ...facts.files.map((file) => file.lang)];
	return {
		section: entry.collection,
		slug: entry.id,
		title: data.title,
		date: data.date,
		lang: data.lang,
		typeLabel: entryLabel(entry.collection, facts.kind, lang, site.kinds),
		kind: facts.kind,
		summary: data.summary ?? data.excerpt,
		topics: withBroader(data.topics, site.broader.topics),
		regions: withBroader(data.regions, site.broader.regions),
		languages,
		// A photo the site resizes is named by its card (the page gives it), never by its original file, which is not published.
		image: social ? withBase(social.src, base) : remoteImageUrl(data.image?.src),
	};
}
