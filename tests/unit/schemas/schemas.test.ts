import { describe, expect, test } from 'vitest';
import { createEntrySchemas, type EntryType } from '../../../src/entry-types/index.ts';
import type { Vocabularies } from '../../../src/schemas/vocabulary.ts';
import { termSchema, vocabularySchema } from '../../../src/schemas/vocabulary.ts';

const KINDS = ['issue-paper', 'manual', 'model-law', 'report', 'other'];

const vocabularies: Vocabularies = {
	topics: [
		{ slug: 'migrant-smuggling', label: { en: 'Migrant smuggling' } },
		{ slug: 'smuggling-by-sea', label: { en: 'Smuggling by sea' } },
		{ slug: 'legislation', label: { en: 'Legislation' } },
	],
	regions: [
		{ slug: 'global', label: { en: 'Global' } },
		{ slug: 'africa', label: { en: 'Africa' } },
	],
	kinds: KINDS.map((slug) => ({ slug, label: { en: slug } })),
};
const schemas = createEntrySchemas(vocabularies);

/** The smallest valid entry of each type. */
const BASE: Record<EntryType, Record<string, unknown>> = {
	news: { title: 'A title', date: '2012-03-07' },
	events: { title: 'A meeting', date: '2012-03-07' },
	publications: { title: 'A paper', date: '2012-03-07', kind: 'issue-paper', languages: ['en'] },
};

/** BASE[type] with `changes` applied; an `undefined` value removes the field. */
function entryOf(type: EntryType, changes: Record<string, unknown>): Record<string, unknown> {
	const data: Record<string, unknown> = { ...BASE[type], ...changes };
	for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key];
	return data;
}

function issuesOf(type: EntryType, changes: Record<string, unknown>) {
	const result = schemas[type].safeParse(entryOf(type, changes));
	expect(result.success, 'expected the entry to be rejected').toBe(false);
	return result.error!.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message }));
}

const link = (url: string) => ({ links: [{ label: 'Read more', url }] });
const UNSAFE_URLS = [
	'javascript:alert(1)',
	'JAVASCRIPT:alert(1)',
	' javascript:alert(1)',
	'jaVaScRiPt:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'//evil.example',
	'//evil.example/x.pdf',
	'file:///etc/passwd',
	'relative.pdf',
	'',
];

describe('entry schemas reject bad content with a message naming the field and what is wrong', () => {
	test.each<[string, EntryType, Record<string, unknown>, (string | number)[], RegExp]>([
		// Dates
		['impossible date 2024-02-30', 'news', { date: '2024-02-30' }, ['date'], /^"2024-02-30" is not a real calendar date: write the posting date as YYYY-MM-DD/],
		['impossible date 2023-02-29', 'news', { date: '2023-02-29' }, ['date'], /"2023-02-29" is not a real calendar date/],
		['month 13', 'news', { date: '2012-13-01' }, ['date'], /is not a real calendar date/],
		['empty date (date: with no value)', 'news', { date: null }, ['date'], /^required: add the posting date as YYYY-MM-DD/],
		['empty string date', 'news', { date: '' }, ['date'], /^"" is not a real calendar date/],
		['missing date', 'news', { date: undefined }, ['date'], /^required: add the posting date as YYYY-MM-DD, for example 2012-03-07$/],
		['date with a time is not silently cut', 'news', { date: '2012-03-07T10:00' }, ['date'], /"2012-03-07T10:00" .*YYYY-MM-DD/],
		['date with a zone', 'news', { date: '2012-03-07T10:00:00Z' }, ['date'], /YYYY-MM-DD/],
		['date written in words', 'news', { date: '7 March 2012' }, ['date'], /"7 March 2012" .*YYYY-MM-DD/],
		['date as a number is not coerced', 'news', { date: 20120307 }, ['date'], /^must be the posting date written YYYY-MM-DD.*\(got the number 20120307\)$/],
		['date as a Date instant is not coerced', 'news', { date: new Date('2012-03-07T00:00:00Z') }, ['date'], /^must be the posting date written YYYY-MM-DD/],
		[
			'event startDate impossible',
			'events',
			{ startDate: '2012-02-30' },
			['startDate'],
			/"2012-02-30" is not a real calendar date: write the first day of the event/,
		],
		['event endDate empty', 'events', { startDate: '2012-03-01', endDate: null }, ['endDate'], /^required: add the last day of the event/],
		['endDate before startDate', 'events', { startDate: '2012-03-05', endDate: '2012-03-03' }, ['endDate'], /^2012-03-03 is before startDate 2012-03-05$/],
		['endDate without startDate', 'events', { endDate: '2012-03-03' }, ['startDate'], /^required when endDate is set$/],
		// Title and other text
		['missing title', 'news', { title: undefined }, ['title'], /^required: add a title$/],
		['empty title', 'news', { title: '' }, ['title'], /^is empty \(only spaces\): write a title, or remove the line$/],
		['blank title', 'news', { title: '   ' }, ['title'], /^is empty \(only spaces\): write a title, or remove the line$/],
		['invisible title', 'news', { title: '\u200B\u200E' }, ['title'], /^is empty \(only spaces\): write a title, or remove the line$/],
		['soft hyphen title', 'news', { title: '\u00AD' }, ['title'], /^is empty \(only spaces\): write a title, or remove the line$/],
		['invisible summary', 'news', { summary: '\u2060 \uFEFF' }, ['summary'], /^is empty \(only spaces\): write a summary, or remove the line$/],
		['title as a number is not coerced', 'news', { title: 1984 }, ['title'], /^must be text, got the number 1984: put the title in quotes$/],
		['title as a boolean is not coerced', 'news', { title: true }, ['title'], /^must be text, got true/],
		['title as a list', 'news', { title: ['a'] }, ['title'], /^must be text/],
		['empty summary', 'news', { summary: ' ' }, ['summary'], /^is empty \(only spaces\): write a summary, or remove the line$/],
		['summary with no value', 'news', { summary: null }, ['summary'], /^is empty: write a summary, or remove the line$/],
		['summary as a number', 'news', { summary: 12 }, ['summary'], /^must be text, got the number 12: write a summary in quotes$/],
		['empty location', 'events', { location: '' }, ['location'], /./],
		['empty dateline', 'news', { dateline: '' }, ['dateline'], /./],
		// Unsafe URLs
		...UNSAFE_URLS.map((url): [string, EntryType, Record<string, unknown>, (string | number)[], RegExp] => [
			`link to ${JSON.stringify(url)}`,
			'news',
			link(url),
			['links', 0, 'url'],
			/ (is not allowed: use an http:\/\/ or https:\/\/ URL, or a site path starting with \/|contains spaces|starts with \/\/|is not an http:\/\/ or https:\/\/ URL|is empty)/,
		]),
		// Written one way, read another by browsers (issue #15.9)
		...(
			[
				['https:\\evil.example', /contains a backslash/],
				['https:/evil.example', /must start with https:\/\/ and the host name \(browsers would read it as https:\/\/evil\.example\/\)/],
				['https:evil.example', /must start with https:\/\//],
				['https://www.unodc.org@evil.example/', /has a user name before @ \(browsers would go to evil\.example\)/],
				['/\\evil.example', /contains a backslash/],
			] as const
		).map(([url, message]): [string, EntryType, Record<string, unknown>, (string | number)[], RegExp] => [
			`link to ${JSON.stringify(url)}`,
			'news',
			link(url),
			['links', 0, 'url'],
			message,
		]),
		[
			'http:// image',
			'news',
			{ image: { src: 'http://www.unodc.org/a.jpg', alt: 'x' } },
			['image', 'src'],
			/is an http:\/\/ image, which the site's security policy blocks/,
		],
		['protocol-relative image', 'news', { image: { src: '//cdn.example/a.jpg', alt: 'x' } }, ['image', 'src'], /starts with \/\/ \(no https:\)/],
		['image src javascript:', 'news', { image: { src: 'javascript:alert(1)', alt: 'x' } }, ['image', 'src'], /^"javascript:alert\(1\)" is not allowed/],
		[
			'remote image without its width',
			'news',
			{ image: { src: 'https://cdn.example/a.jpg', alt: 'x', height: 400 } },
			['image', 'width'],
			/^required for an image from another site/,
		],
		[
			'remote image without its height',
			'news',
			{ image: { src: 'https://cdn.example/a.jpg', alt: 'x', width: 600 } },
			['image', 'height'],
			/^required for an image from another site/,
		],
		['own image with a width', 'news', { image: { src: './a.jpg', alt: 'x', width: 600 } }, ['image', 'width'], /^only for images from another site/],
		['image width not whole', 'news', { image: { src: 'https://cdn.example/a.jpg', alt: 'x', width: 600.5, height: 400 } }, ['image', 'width'], /whole number/],
		[
			'image width over the limit',
			'news',
			{ image: { src: 'https://cdn.example/a.jpg', alt: 'x', width: 9000, height: 400 } },
			['image', 'width'],
			/at most 8000/,
		],
		['image climbing out of the entry folder', 'news', { image: { src: '../secret/a.jpg', alt: 'x' } }, ['image', 'src'], /climbs out of the entry's folder/],
		[
			'publication file data:',
			'publications',
			{ files: [{ url: 'data:application/pdf;base64,AAAA', lang: 'en', format: 'PDF' }] },
			['files', 0, 'url'],
			/^"data:application\/pdf;base64,AAAA" is not allowed/,
		],
		[
			'second link unsafe',
			'news',
			{
				links: [
					{ label: 'ok', url: '/ok/' },
					{ label: 'bad', url: 'vbscript:x' },
				],
			},
			['links', 1, 'url'],
			/is not allowed/,
		],
		// Vocabularies
		[
			'unknown topic',
			'news',
			{ topics: ['migrant-smuggling', 'piracy'] },
			['topics', 1],
			/^unknown topic "piracy": use one of migrant-smuggling, smuggling-by-sea, legislation \(or add it to content\/taxonomies\/topics\.yaml\)$/,
		],
		['topic label instead of slug', 'news', { topics: ['Migrant smuggling'] }, ['topics', 0], /^unknown topic "Migrant smuggling"/],
		[
			'unknown region',
			'events',
			{ regions: ['atlantis'] },
			['regions', 0],
			/^unknown region "atlantis": use one of global, africa \(or add it to content\/taxonomies\/regions\.yaml\)$/,
		],
		['a topic used as a region', 'news', { regions: ['legislation'] }, ['regions', 0], /unknown region "legislation"/],
		[
			'topics not a list is not coerced',
			'news',
			{ topics: 'legislation' },
			['topics'],
			/^must be a list, got the text "legislation": write it as a list, for example \[/,
		],
		[
			'one link written as a string',
			'news',
			{ links: 'https://www.unodc.org/' },
			['links'],
			/^must be a list, got the text "https:\/\/www\.unodc\.org\/": write it as a list, for example \[\{ label: Read more, url: /,
		],
		// Images
		['image with src but no alt', 'news', { image: { src: '/images/a.jpg' } }, ['image', 'alt'], /^required when src is set: describe the image/],
		['image with src and blank alt', 'news', { image: { src: '/images/a.jpg', alt: '  ' } }, ['image', 'alt'], /^required when src is set/],
		['empty image', 'news', { image: {} }, ['image', 'src'], /^an image needs at least a src, a caption or a credit$/],
		// Languages
		['language name instead of code', 'news', { lang: 'english' }, ['lang'], /^"english" is not an ISO 639-1 language code/],
		['upper-case language code', 'news', { lang: 'EN' }, ['lang'], /^"EN" is not an ISO 639-1 language code/],
		['three-letter language code', 'news', { lang: 'eng' }, ['lang'], /"eng" is not an ISO 639-1/],
		['region subtag', 'news', { lang: 'en-GB' }, ['lang'], /"en-GB" is not an ISO 639-1/],
		['made-up language code', 'publications', { languages: ['en', 'xx'] }, ['languages', 1], /^"xx" is not an ISO 639-1 language code/],
		['bad link language', 'news', { links: [{ label: 'Lire', url: '/fr/', lang: 'french' }] }, ['links', 0, 'lang'], /"french" is not an ISO 639-1/],
		// Publications
		['publication without kind', 'publications', { kind: undefined }, ['kind'], /^required: one of issue-paper, manual, /],
		['publication with an unknown kind', 'publications', { kind: 'book' }, ['kind'], /^"book" is not a publication kind: use one of issue-paper, /],
		[
			'publication without languages',
			'publications',
			{ languages: undefined },
			['languages'],
			/^required: list the languages it is available in, such as \[en, fr\]$/,
		],
		['publication with no languages', 'publications', { languages: [] }, ['languages'], /^list at least one language, such as \[en, fr\]$/],
		[
			'languages as a string is not coerced',
			'publications',
			{ languages: 'en' },
			['languages'],
			/^must be a list, got the text "en": write it as a list, for example \[en, fr\]$/,
		],
		['file without format', 'publications', { files: [{ url: '/a.pdf', lang: 'en' }] }, ['files', 0, 'format'], /./],
		[
			'file with blank format',
			'publications',
			{ files: [{ url: '/a.pdf', lang: 'en', format: ' ' }] },
			['files', 0, 'format'],
			/^is empty \(only spaces\): write the file format, such as PDF, or remove the line$/,
		],
		['file without language', 'publications', { files: [{ url: '/a.pdf', format: 'PDF' }] }, ['files', 0, 'lang'], /./],
		[
			'badly written file size',
			'publications',
			{ files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', size: 'big' }] },
			['files', 0, 'size'],
			/^"big": write the size like "850 KB" or "1.2 MB"$/,
		],
		[
			'page count as text',
			'publications',
			{ files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', pages: 'many' }] },
			['files', 0, 'pages'],
			/whole number, such as 48/,
		],
		['page count zero', 'publications', { files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', pages: 0 }] }, ['files', 0, 'pages'], /whole number, such as 48/],
		['impossible publication month', 'publications', { published: '2018-13' }, ['published'], /^"2018-13" is not a publication date: write the year \(2018\)/],
		[
			'bad ISBN check digit',
			'publications',
			{ editions: [{ lang: 'en', isbn: '978-92-1-130350-7' }] },
			['editions', 0, 'isbn'],
			/is not a valid ISBN: its check digit/,
		],
		[
			'DOI as a web address',
			'publications',
			{ editions: [{ lang: 'en', doi: 'https://www.unodc.org/x.pdf' }] },
			['editions', 0, 'doi'],
			/is a web address, not a DOI/,
		],
		['malformed sales number', 'publications', { editions: [{ lang: 'en', salesNumber: 'E.2018.IV.9' }] }, ['editions', 0, 'salesNumber'], /four-digit year/],
		[
			'sales number of another language',
			'publications',
			{ languages: ['en', 'fr'], editions: [{ lang: 'fr', salesNumber: 'E.18.IV.9' }] },
			['editions', 0, 'salesNumber'],
			/starts with F/,
		],
		['lower-case document symbol', 'publications', { editions: [{ lang: 'en', symbol: 'a/res/55/25' }] }, ['editions', 0, 'symbol'], /"A\/RES\/55\/25"/],
		[
			'edition in a language not listed',
			'publications',
			{ editions: [{ lang: 'de' }] },
			['editions', 0, 'lang'],
			/^"de" is not one of the languages of this publication \(languages: \[en\]\)/,
		],
		[
			'two editions in one language',
			'publications',
			{ editions: [{ lang: 'en' }, { lang: 'en' }] },
			['editions', 1, 'lang'],
			/^two editions have lang "en": merge them$/,
		],
		['cover with javascript:', 'publications', { cover: 'javascript:alert(1)' }, ['cover'], /./],
		['badly written link size', 'news', { links: [{ label: 'x', url: '/x.pdf', size: '1,2 Mo' }] }, ['links', 0, 'size'], /write the size like/],
		[
			'link without label',
			'news',
			{ links: [{ label: '', url: '/x/' }] },
			['links', 0, 'label'],
			/^is empty \(only spaces\): write the link text readers see, or remove the line$/,
		],
		// Other fields
		['related entry that is not a slug', 'news', { related: ['Some Title'] }, ['related', 0], /^must be the slug \(file name without \.md\) of another entry$/],
		['related written with .md', 'news', { related: ['other.md'] }, ['related', 0], /must be the slug/],
		[
			'draft as a string is not coerced',
			'news',
			{ draft: 'false' },
			['draft'],
			/^must be true or false, without quotes \(draft: false\), got the text "false"$/,
		],
		['draft as a number is not coerced', 'news', { draft: 1 }, ['draft'], /^must be true or false, without quotes \(draft: false\), got the number 1$/],
		// Messages quote a few dozen characters of what was written, never all of it (issue #15.6)
		[
			'a huge title list',
			'news',
			{ title: Array.from({ length: 100_000 }, () => 'x'.repeat(100)) },
			['title'],
			/^must be text, got a list \(100000 items\): put the title in quotes$/,
		],
		['a huge wrong date', 'news', { date: 'x'.repeat(100_000) }, ['date'], /^"x{40}…" \(100,000 characters\) is not a real calendar date/],
		['a wrong date with a control character', 'news', { date: '2012-03-07\u000b' }, ['date'], /^"2012-03-07\\u000b" is not a real calendar date/],
		[
			'a bad startDate is not echoed by endDate',
			'events',
			{ startDate: '2012-03-30\nat 10:00', endDate: '2012-03-09' },
			['startDate'],
			/^"2012-03-30\\nat 10:00" is not a real calendar date/,
		],
	])('%s', (_, type, changes, path, message) => {
		const issues = issuesOf(type, changes);
		const issue = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
		expect(issue, `no issue at ${path.join('.')}; got ${JSON.stringify(issues)}`).toBeDefined();
		expect(issue!.message).toMatch(message);
	});

	test.each<[string, EntryType, Record<string, unknown>, (string | number)[], string]>([
		['typo datline', 'news', { datline: 'Vienna' }, [], 'datline'],
		['publication field on news', 'news', { kind: 'manual' }, [], 'kind'],
		['event field on a publication', 'publications', { location: 'Vienna' }, [], 'location'],
		['dateline on an event', 'events', { dateline: 'Vienna' }, [], 'dateline'],
		['typo in a link', 'news', { links: [{ label: 'x', url: '/x/', titel: 'y' }] }, ['links', 0], 'titel'],
		['typo in the image', 'news', { image: { src: '/a.jpg', alt: 'a', cedit: 'x' } }, ['image'], 'cedit'],
		['typo in a file', 'publications', { files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', language: 'en' }] }, ['files', 0], 'language'],
	])('unknown field: %s', (_, type, changes, path, key) => {
		const issues = issuesOf(type, changes);
		const issue = issues.find((i) => i.code === 'unrecognized_keys');
		expect(issue).toBeDefined();
		expect(issue!.path).toEqual(path);
		expect(issue!.message).toContain(`"${key}"`);
	});

	test('every problem is reported at once', () => {
		const issues = issuesOf('news', {
			title: undefined,
			date: '2024-02-30',
			lang: 'english',
			topics: ['piracy'],
			regions: ['atlantis'],
			links: [{ label: 'x', url: 'javascript:x' }],
			datline: 'x',
		});
		expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'date', 'lang', 'links.0.url', 'regions.0', 'title', 'topics.0']);
	});
});

describe('entry schemas accept valid content and fill in defaults', () => {
	const DEFAULTS = { lang: 'en', topics: [], regions: [], links: [], related: [], draft: false, excerpt: '', bodyFile: '' };

	test.each<[string, EntryType, Record<string, unknown>, Record<string, unknown>]>([
		['minimal news', 'news', {}, { ...DEFAULTS, title: 'A title', date: '2012-03-07' }],
		['minimal event', 'events', {}, { ...DEFAULTS, title: 'A meeting', date: '2012-03-07' }],
		[
			'minimal publication',
			'publications',
			{},
			{ ...DEFAULTS, title: 'A paper', date: '2012-03-07', kind: 'issue-paper', languages: ['en'], files: [], editions: [] },
		],
		['title trimmed', 'news', { title: '  Spaced  ' }, { ...DEFAULTS, title: 'Spaced', date: '2012-03-07' }],
		['leap day', 'news', { date: '2024-02-29' }, { ...DEFAULTS, title: 'A title', date: '2024-02-29' }],
		[
			'full news',
			'news',
			{
				summary: 'Short.',
				lang: 'fr',
				dateline: 'Vienne (Autriche)',
				topics: ['legislation', 'migrant-smuggling'],
				regions: ['africa'],
				links: [{ label: 'Lire', url: 'https://www.unodc.org/x.pdf', lang: 'fr', format: 'PDF', size: '850 KB' }],
				image: { src: '/images/a.jpg', alt: 'A boat', caption: 'At sea', credit: 'Frontex' },
				related: ['other-entry'],
				draft: true,
			},
			{
				...DEFAULTS,
				title: 'A title',
				date: '2012-03-07',
				summary: 'Short.',
				lang: 'fr',
				dateline: 'Vienne (Autriche)',
				topics: ['legislation', 'migrant-smuggling'],
				regions: ['africa'],
				links: [{ label: 'Lire', url: 'https://www.unodc.org/x.pdf', lang: 'fr', format: 'PDF', size: '850 KB' }],
				image: { src: '/images/a.jpg', alt: 'A boat', caption: 'At sea', credit: 'Frontex' },
				related: ['other-entry'],
				draft: true,
			},
		],
		[
			'image with a caption only (photo lost in migration)',
			'news',
			{ image: { caption: 'A meeting' } },
			{ ...DEFAULTS, title: 'A title', date: '2012-03-07', image: { caption: 'A meeting' } },
		],
		['image with a credit only', 'news', { image: { credit: 'UNODC' } }, { ...DEFAULTS, title: 'A title', date: '2012-03-07', image: { credit: 'UNODC' } }],
		[
			'image next to the entry',
			'news',
			{ image: { src: './a.jpg', alt: 'A boat' } },
			{ ...DEFAULTS, title: 'A title', date: '2012-03-07', image: { src: './a.jpg', alt: 'A boat' } },
		],
		[
			'remote image with its size',
			'news',
			{ image: { src: 'https://cdn.example/a.jpg', alt: 'A boat', width: 1200, height: 800 } },
			{ ...DEFAULTS, title: 'A title', date: '2012-03-07', image: { src: 'https://cdn.example/a.jpg', alt: 'A boat', width: 1200, height: 800 } },
		],
		['event on one day', 'events', { startDate: '2012-03-05' }, { ...DEFAULTS, title: 'A meeting', date: '2012-03-07', startDate: '2012-03-05' }],
		[
			'event starting and ending the same day',
			'events',
			{ startDate: '2012-03-05', endDate: '2012-03-05', location: 'Vienna' },
			{ ...DEFAULTS, title: 'A meeting', date: '2012-03-07', startDate: '2012-03-05', endDate: '2012-03-05', location: 'Vienna' },
		],
		[
			'event across a year end',
			'events',
			{ startDate: '2011-12-30', endDate: '2012-01-02' },
			{ ...DEFAULTS, title: 'A meeting', date: '2012-03-07', startDate: '2011-12-30', endDate: '2012-01-02' },
		],
		[
			'publication with files',
			'publications',
			{
				kind: 'model-law',
				languages: ['en', 'ar', 'zh'],
				files: [
					{ url: '/docs/a.pdf', lang: 'ar', format: 'PDF', size: '1.2 MB' },
					{ label: 'EPUB', url: 'http://example.org/a.epub', lang: 'en', format: 'EPUB' },
				],
			},
			{
				...DEFAULTS,
				title: 'A paper',
				date: '2012-03-07',
				kind: 'model-law',
				languages: ['en', 'ar', 'zh'],
				files: [
					{ url: '/docs/a.pdf', lang: 'ar', format: 'PDF', size: '1.2 MB' },
					{ label: 'EPUB', url: 'http://example.org/a.epub', lang: 'en', format: 'EPUB' },
				],
				editions: [],
			},
		],
		[
			'publication with imprint, editions and identifiers in their normal form',
			'publications',
			{
				languages: ['en', 'fr'],
				issuingBody: 'United Nations Office on Drugs and Crime',
				publisher: 'United Nations',
				place: 'New York',
				published: 2018,
				cover: '/covers/a.jpg',
				files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', size: '4.3 MB', pages: 194 }],
				editions: [
					{
						lang: 'en',
						isbn: 9789211303506,
						eisbn: 'e-ISBN 978-92-1-045181-9',
						doi: 'https://doi.org/10.18356/9789210451819',
						salesNumber: 'Sales No. e.18.iv.9',
					},
					{ lang: 'fr', title: 'Étude mondiale', salesNumber: 'F.18.IV.9', symbol: 'CTOC/COP/WG.7/2012/2' },
				],
			},
			{
				...DEFAULTS,
				title: 'A paper',
				date: '2012-03-07',
				kind: 'issue-paper',
				languages: ['en', 'fr'],
				issuingBody: 'United Nations Office on Drugs and Crime',
				publisher: 'United Nations',
				place: 'New York',
				published: '2018',
				cover: '/covers/a.jpg',
				files: [{ url: '/a.pdf', lang: 'en', format: 'PDF', size: '4.3 MB', pages: 194 }],
				editions: [
					{ lang: 'en', isbn: '978-92-1-130350-6', eisbn: '978-92-1-045181-9', doi: '10.18356/9789210451819', salesNumber: 'E.18.IV.9' },
					{ lang: 'fr', title: 'Étude mondiale', salesNumber: 'F.18.IV.9', symbol: 'CTOC/COP/WG.7/2012/2' },
				],
			},
		],
	])('%s', (_, type, changes, expected) => {
		const result = schemas[type].safeParse(entryOf(type, changes));
		expect(result.error?.issues).toBeUndefined();
		expect(result.data).toEqual(expected);
	});

	test.each(KINDS)('publication kind %s', (kind) => {
		expect(schemas.publications.safeParse(entryOf('publications', { kind })).success).toBe(true);
	});

	test.each(['https://www.unodc.org/', 'http://example.org/a.pdf', 'HTTPS://EXAMPLE.ORG/', '/documents/a.pdf', '/'])('safe link %j', (url) => {
		expect(schemas.news.safeParse(entryOf('news', link(url))).success).toBe(true);
	});

	test.each(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'fa'])('language %s', (lang) => {
		expect(schemas.news.safeParse(entryOf('news', { lang })).success).toBe(true);
	});

	test.each(['850 KB', '1.2 MB', '12MB', '3 GB', '100 B'])('size %j', (size) => {
		expect(schemas.news.safeParse(entryOf('news', { links: [{ label: 'x', url: '/x.pdf', size }] })).success).toBe(true);
	});
});

describe('createEntrySchemas binds the vocabularies', () => {
	test.each<[Vocabularies, boolean]>([
		[{ topics: [{ slug: 'piracy', label: { en: 'Piracy' } }], regions: [], kinds: [] }, true],
		[{ topics: [], regions: [], kinds: [] }, false],
		[vocabularies, false],
	])('topic "piracy" accepted with %j: %s', (vocab, accepted) => {
		expect(createEntrySchemas(vocab).news.safeParse(entryOf('news', { topics: ['piracy'] })).success).toBe(accepted);
	});

	test('the empty vocabulary still accepts entries without topics or regions', () => {
		expect(createEntrySchemas({ topics: [], regions: [], kinds: [] }).events.safeParse(BASE.events).success).toBe(true);
	});
});

describe('vocabulary schemas', () => {
	test.each<[unknown, boolean]>([
		[{ slug: 'legislation', label: 'Legislation' }, true],
		[{ slug: 'legislation', label: 'Legislation', description: 'Laws.' }, true],
		[{ slug: 'Legislation', label: 'Legislation' }, false],
		[{ slug: 'legal framework', label: 'Legal framework' }, false],
		[{ slug: 'legislation', label: '' }, false],
		[{ slug: 'legislation' }, false],
		[{ slug: 'legislation', label: 'L', colour: 'red' }, false],
	])('term %j valid: %s', (term, valid) => {
		expect(termSchema.safeParse(term).success).toBe(valid);
	});

	test('duplicate slugs are reported at the repeated term', () => {
		const result = vocabularySchema.safeParse([
			{ slug: 'a', label: 'A' },
			{ slug: 'b', label: 'B' },
			{ slug: 'a', label: 'A again' },
		]);
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => [i.path, i.message])).toEqual([[[2, 'slug'], 'duplicate slug "a"']]);
	});

	test.each<[string, unknown[], [(string | number)[], string][]]>([
		[
			'a broader term of the file',
			[
				{ slug: 'a', label: 'A' },
				{ slug: 'b', label: 'B', within: 'a' },
			],
			[],
		],
		[
			'an unknown broader term',
			[{ slug: 'b', label: 'B', within: 'a' }],
			[[[0, 'within'], 'no term has the slug "a": use the slug of a broader term in this file']],
		],
		['itself', [{ slug: 'a', label: 'A', within: 'a' }], [[[0, 'within'], 'a → a goes round in a loop: a term cannot be within itself']]],
		[
			'a loop',
			[
				{ slug: 'a', label: 'A', within: 'b' },
				{ slug: 'b', label: 'B', within: 'a' },
			],
			[
				[[0, 'within'], 'a → b → a goes round in a loop: a term cannot be within itself'],
				[[1, 'within'], 'b → a → b goes round in a loop: a term cannot be within itself'],
			],
		],
	])('within: %s', (_, terms, issues) => {
		const result = vocabularySchema.safeParse(terms);
		expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.message])).toEqual(issues);
	});
});
