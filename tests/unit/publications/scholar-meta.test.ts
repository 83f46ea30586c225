/** Highwire, Dublin Core and JSON-LD of publication pages (src/lib/publications/scholar-meta.ts). */
import { describe, expect, test } from 'vitest';
import { cslRecord, type EditionFacts } from '../../../src/lib/publications/citation.ts';
import {
	dublinCoreTags,
	DUBLIN_CORE_LINKS,
	highwireTags,
	mediaType,
	publicationJsonLd,
	type EditionData,
	type EditionFile,
} from '../../../src/lib/publications/scholar-meta.ts';

const PAGE = 'https://www.example.org/sub/publications/global-study/';
const facts = (overrides: Partial<EditionFacts> = {}): EditionFacts => ({
	id: 'global-study-en',
	title: 'Global Study on Smuggling of Migrants 2018',
	lang: 'en',
	date: '2018-06-01',
	kind: 'report',
	url: PAGE,
	...overrides,
});
const pdf = (lang: string, extra: Partial<EditionFile> = {}): EditionFile => ({
	url: `https://www.example.org/sub/files/global-study-${lang}.pdf`,
	format: 'PDF',
	size: '4.3 MB',
	pages: 194,
	...extra,
});
const edition = (overrides: Partial<EditionFacts> = {}, files: EditionFile[] = [pdf(overrides.lang ?? 'en')]): EditionData => ({
	record: cslRecord(facts(overrides)),
	files,
});
const globalStudy = edition({
	isbn: '978-92-1-130350-6',
	eisbn: '978-92-1-045181-9',
	salesNumber: 'E.18.IV.9',
	pages: 194,
	place: 'New York',
	doi: '10.18356/abc',
});

/** Meta names Zotero's Embedded Metadata translator maps (HIGHWIRE_MAPPINGS and the ones it handles itself). */
const ZOTERO_HIGHWIRE = new Set([
	'citation_title',
	'citation_publication_date',
	'citation_publisher',
	'citation_isbn',
	'citation_doi',
	'citation_language',
	'citation_technical_report_institution',
	'citation_technical_report_number',
	'citation_author',
	'citation_pdf_url',
]);

describe('highwireTags', () => {
	test('a report: every tag Google Scholar and Zotero read, the report tags included', () => {
		expect(highwireTags(globalStudy)).toEqual([
			{ name: 'citation_title', content: 'Global Study on Smuggling of Migrants 2018' },
			{ name: 'citation_author', content: 'United Nations Office on Drugs and Crime' },
			{ name: 'citation_publication_date', content: '2018/06/01' },
			{ name: 'citation_publisher', content: 'United Nations' },
			{ name: 'citation_language', content: 'en' },
			{ name: 'citation_pdf_url', content: 'https://www.example.org/sub/files/global-study-en.pdf' },
			{ name: 'citation_isbn', content: '9789211303506' },
			{ name: 'citation_isbn', content: '9789210451819' },
			{ name: 'citation_doi', content: '10.18356/abc' },
			{ name: 'citation_technical_report_institution', content: 'United Nations' },
			{ name: 'citation_technical_report_number', content: 'E.18.IV.9' },
		]);
	});

	test('a book has no technical-report tags', () => {
		const names = highwireTags(edition({ kind: 'manual', isbn: '978-92-1-130350-6', salesNumber: 'E.18.IV.9' })).map((tag) => tag.name);
		expect(names).toContain('citation_isbn');
		expect(names.filter((name) => name.startsWith('citation_technical_report'))).toEqual([]);
	});

	test.each([
		['2018-06-01', '2018/06/01'],
		['2011-12', '2011'],
		['2011', '2011'],
	])('date %s is written %s', (date, expected) => {
		expect(highwireTags(edition({ date })).find((tag) => tag.name === 'citation_publication_date')?.content).toBe(expected);
	});

	test.each([
		['no files', [], undefined],
		['an EPUB only', [{ url: 'https://x.org/a.epub', format: 'EPUB' }], undefined],
		[
			'a PDF after an EPUB',
			[
				{ url: 'https://x.org/a.epub', format: 'EPUB' },
				{ url: 'https://x.org/a.pdf', format: 'pdf' },
			],
			'https://x.org/a.pdf',
		],
		['a .pdf URL with another format label', [{ url: 'https://x.org/a.PDF?download=1', format: 'Adobe Acrobat' }], 'https://x.org/a.PDF?download=1'],
	])('citation_pdf_url with %s', (_, files, expected) => {
		expect(highwireTags(edition({}, files)).find((tag) => tag.name === 'citation_pdf_url')?.content).toBe(expected);
	});

	test("every tag name is one Zotero reads; the title in the edition's language", () => {
		const tags = highwireTags(
			edition({ lang: 'ar', title: 'تهريب المهاجرين', kind: 'report', salesNumber: 'A.18.IV.9', isbn: '978-92-1-130350-6', doi: '10.18356/abc' }),
		);
		for (const tag of tags) expect(ZOTERO_HIGHWIRE).toContain(tag.name);
		expect(tags).toContainEqual({ name: 'citation_title', content: 'تهريب المهاجرين' });
		expect(tags).toContainEqual({ name: 'citation_language', content: 'ar' });
	});
});

describe('dublinCoreTags', () => {
	test('the Global Study', () => {
		expect(dublinCoreTags(globalStudy)).toEqual([
			{ name: 'DC.title', content: 'Global Study on Smuggling of Migrants 2018' },
			{ name: 'DC.creator', content: 'United Nations Office on Drugs and Crime' },
			{ name: 'DC.publisher', content: 'United Nations' },
			{ name: 'DC.date', content: '2018-06-01' },
			{ name: 'DCTERMS.issued', content: '2018-06-01' },
			{ name: 'DC.language', content: 'en' },
			{ name: 'DC.type', content: 'Text' },
			{ name: 'DC.format', content: 'application/pdf' },
			{ name: 'DC.identifier', content: PAGE },
			{ name: 'DC.identifier', content: 'urn:isbn:9789211303506' },
			{ name: 'DC.identifier', content: 'urn:isbn:9789210451819' },
			{ name: 'DC.identifier', content: 'https://doi.org/10.18356/abc' },
		]);
	});

	test('a video is a MovingImage; month precision stays', () => {
		const tags = dublinCoreTags(edition({ kind: 'video', date: '2011-12' }, [{ url: 'https://x.org/v.mp4', format: 'MP4' }]));
		expect(tags).toContainEqual({ name: 'DC.type', content: 'MovingImage' });
		expect(tags).toContainEqual({ name: 'DC.format', content: 'video/mp4' });
		expect(tags).toContainEqual({ name: 'DC.date', content: '2011-12' });
	});

	test('every name has a prefix Zotero maps (it splits at the first "." and lowercases: dc, dcterms) and the schemas are declared', () => {
		for (const tag of dublinCoreTags(globalStudy)) expect(['dc', 'dcterms']).toContain(tag.name.split('.')[0]!.toLowerCase());
		expect(DUBLIN_CORE_LINKS).toEqual([
			{ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
			{ rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
		]);
	});

	test.each([
		['PDF', 'application/pdf'],
		[' epub ', 'application/epub+zip'],
		['DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
		['MP3', 'audio/mpeg'],
		['Braille', 'Braille'],
	])('format %j is media type %s', (format, type) => {
		expect(mediaType(format)).toBe(type);
	});
});

/** schema.org properties of the types used (CreativeWork's include Report's, which adds none we use). */
const CREATIVE_WORK = new Set([
	'@type',
	'@id',
	'@context',
	'name',
	'inLanguage',
	'url',
	'datePublished',
	'author',
	'publisher',
	'identifier',
	'sameAs',
	'encoding',
	'workTranslation',
	'translationOfWork',
	'description',
	'image',
]);
const BOOK = new Set([...CREATIVE_WORK, 'isbn', 'numberOfPages']);
const MEDIA_OBJECT = new Set(['@type', 'contentUrl', 'encodingFormat', 'contentSize', 'inLanguage']);

describe('publicationJsonLd', () => {
	const french = edition(
		{ id: 'global-study-fr', lang: 'fr', title: 'Étude mondiale sur le trafic illicite de migrants 2018', isbn: '978-92-1-130350-6', pages: 210 },
		[pdf('fr', { pages: 210 })],
	);
	const arabic = edition({ id: 'global-study-ar', lang: 'ar', title: 'الدراسة العالمية عن تهريب المهاجرين' }, [
		pdf('ar'),
		{ url: 'https://www.example.org/sub/files/global-study-ar.epub', format: 'EPUB', size: '2 MB' },
	]);
	const jsonLd = publicationJsonLd([globalStudy, french, arabic], {
		authorUrl: 'https://www.unodc.org/',
		description: 'The first global study.',
		image: 'https://www.example.org/sub/covers/global-study.jpg',
	});

	test('the first edition is the work, with identifiers, imprint and one MediaObject per file', () => {
		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': ['Report', 'Book'],
			'@id': `${PAGE}#en`,
			name: 'Global Study on Smuggling of Migrants 2018',
			inLanguage: 'en',
			url: PAGE,
			datePublished: '2018-06-01',
			description: 'The first global study.',
			image: 'https://www.example.org/sub/covers/global-study.jpg',
			author: { '@type': 'Organization', name: 'United Nations Office on Drugs and Crime', url: 'https://www.unodc.org/' },
			publisher: { '@type': 'Organization', name: 'United Nations', location: { '@type': 'Place', name: 'New York' } },
			isbn: ['9789211303506', '9789210451819'],
			numberOfPages: 194,
			sameAs: 'https://doi.org/10.18356/abc',
			identifier: [
				{ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.18356/abc', url: 'https://doi.org/10.18356/abc' },
				{ '@type': 'PropertyValue', propertyID: 'UN sales number', value: 'E.18.IV.9' },
			],
			encoding: [
				{
					'@type': 'MediaObject',
					contentUrl: 'https://www.example.org/sub/files/global-study-en.pdf',
					encodingFormat: 'application/pdf',
					contentSize: '4.3 MB',
					inLanguage: 'en',
				},
			],
		});
	});

	test('the other editions are its translations, each pointing back', () => {
		const translations = jsonLd['workTranslation'] as Record<string, unknown>[];
		expect(translations.map((work) => [work['inLanguage'], work['name'], work['translationOfWork']])).toEqual([
			['fr', 'Étude mondiale sur le trafic illicite de migrants 2018', { '@id': `${PAGE}#en` }],
			['ar', 'الدراسة العالمية عن تهريب المهاجرين', { '@id': `${PAGE}#en` }],
		]);
		expect(translations[0]).toMatchObject({ '@type': ['Report', 'Book'], isbn: '9789211303506', numberOfPages: 210 });
		expect(translations[1]).toMatchObject({
			'@type': 'Report',
			encoding: [{ encodingFormat: 'application/pdf' }, { encodingFormat: 'application/epub+zip', contentSize: '2 MB' }],
		});
	});

	test('uses only properties schema.org gives its types: isbn and numberOfPages only where it is a Book', () => {
		const check = (node: Record<string, unknown>) => {
			const types = ([] as unknown[]).concat(node['@type']);
			const allowed = types.includes('Book') ? BOOK : CREATIVE_WORK;
			for (const [key, value] of Object.entries(node)) {
				if (value === undefined || (Array.isArray(value) && !value.length)) continue;
				expect(allowed, `${types.join('+')} has no property ${key}`).toContain(key);
			}
			for (const media of node['encoding'] as Record<string, unknown>[]) for (const key of Object.keys(media)) expect(MEDIA_OBJECT).toContain(key);
			for (const translation of (node['workTranslation'] as Record<string, unknown>[] | undefined) ?? []) check(translation);
		};
		check(jsonLd);
		check(publicationJsonLd([edition({ kind: 'video' }, [])]));
		check(publicationJsonLd([edition({ kind: 'manual', isbn: '978-92-1-130350-6' })]));
	});

	test.each([
		['report', {}, 'Report'],
		['report', { pages: 12 }, ['Report', 'Book']],
		['manual', {}, 'Book'],
		['model-law', { isbn: '978-92-1-130350-6' }, 'Book'],
		['video', {}, 'CreativeWork'],
		['tool', { isbn: '978-92-1-130350-6' }, ['CreativeWork', 'Book']],
	])('a %s with %j is typed %j', (kind, overrides, type) => {
		expect(publicationJsonLd([edition({ kind, ...overrides })])['@type']).toEqual(type);
	});

	test('a document symbol is an identifier; no edition is an error', () => {
		expect(publicationJsonLd([edition({ symbol: 'CTOC/COP/WG.7/2012/2' })])['identifier']).toEqual([
			{ '@type': 'PropertyValue', propertyID: 'UN document symbol', value: 'CTOC/COP/WG.7/2012/2' },
		]);
		expect(() => publicationJsonLd([])).toThrow(/at least one edition/);
	});
});
