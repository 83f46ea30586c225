/** The topic and region pages: which entries each term lists, and the paginated routes. */
import { withCacheKeys } from '../lib/build-cache/cache-key.ts';
import { paginatedPaths } from '../lib/routing/paging.ts';
import type { EntrySummary, SiteIndex } from '../lib/site/site-index.ts';
import { inEveryLanguage } from './routes.ts';
import { getSite, localized } from './site.ts';

export type Taxonomy = 'topics' | 'regions';

/** Term slug → entries (newest first) of a taxonomy. */
export function entriesByTerm(index: SiteIndex, taxonomy: Taxonomy): Map<string, EntrySummary[]> {
	return taxonomy === 'topics' ? index.byTopic : index.byRegion;
}

/**
 * Static paths of a topic's or region's paginated listing. Every term gets a
 * page, even before anything is filed under it, so links to it never break.
 */
export async function termListingPaths<P extends string>(taxonomy: Taxonomy, param: P) {
	const site = await getSite();
	const byTerm = entriesByTerm(site.index, taxonomy);
	return inEveryLanguage((lang) =>
		withCacheKeys(
			site.vocabularies[taxonomy].flatMap((term) =>
				paginatedPaths(localized(site, byTerm.get(term.slug) ?? [], lang), { [param]: term.slug } as Record<P, string>, { taxonomy, term }),
			),
		),
	);
}
