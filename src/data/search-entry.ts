/** What search needs to know about an entry (see src/lib/search/record.ts). */
import type { LanguageCode } from '../translations/index.ts';
import { withBase } from '../lib/routing/paths.ts';
import type { SearchEntry } from '../lib/search/record.ts';
import { entryLabel } from './labels.ts';
import { entryFacts, type AnyEntry } from './site.ts';

/** An entry's search description, with labels in `lang` and its image under `base`. */
export function searchEntryOf(entry: AnyEntry, lang: LanguageCode, base: string): SearchEntry {
	const { data } = entry;
	const facts = entryFacts(entry);
	const languages = [...facts.languages, ...data.links.flatMap((link) => (link.lang ? [link.lang] : [])), ...facts.files.map((file) => file.lang)];
	return {
		section: entry.collection,
		slug: entry.id,
		title: data.title,
		date: data.date,
		lang: data.lang,
		typeLabel: entryLabel(entry.collection, facts.kind, lang),
		summary: data.summary ?? data.excerpt,
		topics: data.topics,
		regions: data.regions,
		languages,
		image: data.image?.src ? withBase(data.image.src, base) : undefined,
	};
}
