/** The site's ways of browsing, in the order the header, the footer and the "browse" lists show them. */
import { TYPE_NAMES } from '../entry-types/index.ts';
import { typeLabels } from './labels.ts';

/** A link of a navigation list. */
export interface NavigationLink {
	/** Site path, from `paths`. */
	href: string;
	/** Its text in the page's language. */
	label: string;
}

/** The page's language, dictionary and path builder, as the middleware puts them in `Astro.locals`. */
type Locals = Pick<App.Locals, 'lang' | 't' | 'paths'>;

/** One link per entry type, to its listing. */
export function sectionLinks({ lang, paths }: Locals): NavigationLink[] {
	return TYPE_NAMES.map((type) => ({ href: paths.section(type), label: typeLabels(type, lang).other }));
}

/** The indexes across types: topics, regions, archive. */
export function indexLinks({ t, paths }: Locals): NavigationLink[] {
	return [
		{ href: paths.topics(), label: t('nav.topics') },
		{ href: paths.regions(), label: t('nav.regions') },
		{ href: paths.archive(), label: t('nav.archive') },
	];
}

/** The main navigation: home, every section, the indexes. */
export function mainNavigation(locals: Locals): NavigationLink[] {
	return [{ href: locals.paths.home(), label: locals.t('nav.home') }, ...sectionLinks(locals), ...indexLinks(locals)];
}
