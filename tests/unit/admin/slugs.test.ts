/**
 * File names of entries made in the browser editor against `slugify`, the
 * rule of `npm run new` (src/lib/routing/slugs.ts). Sveltia's slug settings
 * cannot run here, so `sveltiaSlug` replicates what its documentation and
 * source (0.221.1, services/common/slug) say it does with the options of
 * src/lib/admin/slugs.ts; the end-to-end test checks a few titles in the real
 * editor. The table pins where the two agree and where they cannot
 * (docs/editing.md lists the cases for editors).
 */
import { expect, test } from 'vitest';
import { SLUG_OPTIONS } from '../../../src/lib/admin/slugs.ts';
import { MAX_SLUG_LENGTH, slugify } from '../../../src/lib/routing/slugs.ts';
import { entries } from './site-input.ts';

/** Letters `@sindresorhus/transliterate` (which Sveltia uses for `clean_accents`) writes as other letters rather than dropping a mark. */
const TRANSLITERATED: Record<string, string> = { ß: 'ss', ä: 'ae', ö: 'oe', ü: 'ue', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };

/** Sveltia's slug of `title` with SLUG_OPTIONS: transliterated, ASCII letters, digits, `_`, `-` and `~` kept, the rest one hyphen, trimmed, lower case. */
export function sveltiaSlug(title: string): string {
	expect(SLUG_OPTIONS).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true });
	const transliterated = [...title.normalize()]
		.map((char) => {
			const lower = TRANSLITERATED[char.toLowerCase()];
			return lower === undefined ? char : char === char.toLowerCase() ? lower : lower[0]!.toUpperCase() + lower.slice(1);
		})
		.join('')
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.normalize()
		.replace(/\p{Dash_Punctuation}/gu, '-');
	return transliterated
		.replace(/[^\w-~]/g, ' ')
		.trim()
		.replace(/\s+/g, '-')
		.replace(/-+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase();
}

/** Titles both rules turn into the same slug: most titles of the launch content and their kind. */
const SAME = [
	'New UNODC paper sheds light on smuggling of migrants by sea',
	'Expert Group Meeting on Migrant Smuggling by Sea',
	'In-Depth Training Manual on smuggling of migrants',
	'Issue Paper: Smuggling of Migrants by Sea',
	'The EU Directive on Trafficking in Human Beings – A Joint UN Commentary',
	'Ways and Means — countering smuggling of migrants',
	'Réunion régionale à Dakar : coopération contre le trafic',
	'Reunión regional en Ciudad de México (2026)',
	'São Tomé and Príncipe joins the Protocol',
	'Sri Lanka: 12 officers trained',
	'COVID-19 and migrant smuggling, 2020/2021',
	'  Spaces   and\ttabs  ',
];

/** Titles where the editor proposes another slug than `npm run new`, and what each gives. */
const DIFFERENT: { title: string; site: string; editor: string; why: string }[] = [
	{
		title: 'UNODC’s regional office',
		site: 'unodcs-regional-office',
		editor: 'unodc-s-regional-office',
		why: 'an apostrophe: slugify drops it, Sveltia makes it a hyphen',
	},
	{ title: 'Côte d’Ivoire', site: 'cote-divoire', editor: 'cote-d-ivoire', why: 'the same with a typographic apostrophe' },
	{ title: 'Smuggling & trafficking', site: 'smuggling-and-trafficking', editor: 'smuggling-trafficking', why: 'slugify writes & as "and"' },
	{ title: 'Zürich meeting', site: 'zurich-meeting', editor: 'zuerich-meeting', why: 'German umlauts are transliterated (ü → ue)' },
	{ title: 'Straße', site: 'stra-e', editor: 'strasse', why: 'letters without a decomposition (ß, æ, œ, ø, ł) are transliterated' },
	{ title: 'data_sets and ~notes', site: 'data-sets-and-notes', editor: 'data_sets-and-~notes', why: 'Sveltia keeps _ and ~' },
	{
		title: 'India: Significance of the United Nations Convention against Transnational Organized Crime (UNTOC) to address human trafficking',
		site: 'india-significance-of-the-united-nations-convention-against-transnational',
		editor: 'india-significance-of-the-united-nations-convention-against-transnational-organized-crime-untoc-to-address-human-trafficking',
		why: 'slugify stops at 80 characters after a whole word; the editor keeps the whole title',
	},
	// Cyrillic, Arabic or Greek: Sveltia transliterates (Новости → novosti, checked in the end-to-end test).
	{
		title: '中国的新闻',
		site: '',
		editor: '',
		why: 'a title in Chinese: neither gives a slug (npm run new refuses; the editor puts in 12 random hexadecimal digits)',
	},
];

test.each(SAME)('%j: the editor’s slug is slugify’s', (title) => {
	expect(sveltiaSlug(title)).toBe(slugify(title));
});

test.each(DIFFERENT)('$why', ({ title, site, editor }) => {
	expect([slugify(title), sveltiaSlug(title)]).toEqual([site, editor]);
});

/**
 * The launch content's originals (their files were named by slugify): the
 * editor proposes the same name for every title of at most 80 characters as
 * a slug, and for the longer ones the whole title where slugify stopped at
 * the last whole word (docs/editing.md gives the figures).
 */
const launch = entries.map((entry) => ({ ...entry, editor: sveltiaSlug(entry.title) }));
test.each(launch.filter(({ editor }) => editor.length <= MAX_SLUG_LENGTH))('launch: $slug, the same', ({ slug, title, editor }) => {
	expect([editor, slugify(title)]).toEqual([slug, slug]);
});
test.each(launch.filter(({ editor }) => editor.length > MAX_SLUG_LENGTH))('launch: $slug, the editor’s is longer', ({ slug, editor }) => {
	expect(editor.startsWith(`${slug}-`)).toBe(true);
});
test('launch: 8 of the 15 originals the same, 7 longer', () => {
	expect([launch.length, launch.filter(({ slug, editor }) => slug === editor).length]).toEqual([15, 8]);
});
