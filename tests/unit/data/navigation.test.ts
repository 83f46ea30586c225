/** The site's ways of browsing per language (src/data/navigation.ts). */
import { describe, expect, test } from 'vitest';
import { indexLinks, mainNavigation, sectionLinks } from '../../../src/data/navigation.ts';
import { typeLabels } from '../../../src/data/labels.ts';
import { TYPE_NAMES } from '../../../src/entry-types/index.ts';
import { pathsIn } from '../../../src/lib/routing/paths.ts';
import { LANGUAGES, translatorFor } from '../../../src/translations/index.ts';

const localsOf = (lang: (typeof LANGUAGES)[number]['code']) => ({ lang, t: translatorFor(lang), paths: pathsIn(lang) });

describe.each(LANGUAGES.map((language) => language.code))('%s', (lang) => {
	const locals = localsOf(lang);

	test('the sections: one per entry type, in the registry’s order, labelled in the language', () => {
		expect(sectionLinks(locals)).toEqual(TYPE_NAMES.map((type) => ({ href: locals.paths.section(type), label: typeLabels(type, lang).other })));
	});

	test('the indexes: topics, regions, archive', () => {
		expect(indexLinks(locals).map((link) => link.href)).toEqual([locals.paths.topics(), locals.paths.regions(), locals.paths.archive()]);
		expect(indexLinks(locals).map((link) => link.label)).toEqual([locals.t('nav.topics'), locals.t('nav.regions'), locals.t('nav.archive')]);
	});

	test('the main navigation: home, then the sections, then the indexes, each path once and under the language', () => {
		const links = mainNavigation(locals);
		expect(links[0]).toEqual({ href: locals.paths.home(), label: locals.t('nav.home') });
		expect(links.slice(1)).toEqual([...sectionLinks(locals), ...indexLinks(locals)]);
		expect(new Set(links.map((link) => link.href)).size).toBe(links.length);
		expect(links.every((link) => link.href.startsWith(locals.paths.home()) && link.label.trim() !== '')).toBe(true);
	});
});
