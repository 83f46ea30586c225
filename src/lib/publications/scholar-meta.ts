/**
 * What Google Scholar, Zotero and search engines read on a publication page,
 * made from the same canonical CSL record as the citations (citation.ts):
 * Highwire Press `citation_*` meta tags, Dublin Core meta tags and a
 * schema.org JSON-LD description. Pure data out (name/content pairs, plain
 * objects); the page writes the HTML and json-ld.ts serialises the JSON-LD.
 * Every URL passed in must already be absolute.
 */
import type { CslRecord, CslType } from './citation.ts';
import { doiUrl } from './identifiers.ts';

/** One `<meta name content>` tag. */
export interface MetaTag {
	/** The `name` attribute, such as `citation_title` or `DC.title`. */
	name: string;
	/** The `content` attribute, unescaped (the page escapes it). */
	content: string;
}

/** A `<link rel href>` a page writes once, such as the Dublin Core schema declarations. */
export interface LinkTag {
	/** The `rel` attribute. */
	rel: string;
	/** The `href` attribute. */
	href: string;
}

/** A downloadable file of an edition, as the meta builders need it. */
export interface EditionFile {
	/** Absolute download URL. */
	url: string;
	/** Format as editors write it, such as PDF or EPUB. */
	format: string;
	/** Size as shown, such as "1.2 MB". */
	size?: string | undefined;
	/** Page count of the file. */
	pages?: number | undefined;
}

/** One language edition: its canonical record and its files. */
export interface EditionData {
	/** The edition's CSL record. */
	record: CslRecord;
	/** The edition's files, PDF first when there is one. */
	files: readonly EditionFile[];
}

const isPdf = (file: EditionFile) => file.format.trim().toLowerCase() === 'pdf' || /\.pdf(?:[?#]|$)/i.test(file.url);

/** The 13 digits of a hyphenated ISBN, as machine-read fields carry it. */
const plainIsbn = (isbn: string) => isbn.replace(/[^0-9X]/gi, '');

/** Every ISBN of a record: print first, then electronic. */
function isbns(record: CslRecord): string[] {
	return [record.ISBN, record.custom?.eISBN].filter((isbn): isbn is string => Boolean(isbn));
}

/** The record's date as Highwire wants it: `YYYY/MM/DD`, or `YYYY` when the day is not known. */
function highwireDate(record: CslRecord): string {
	const [year, month, day] = record.issued['date-parts'][0];
	return month !== undefined && day !== undefined ? `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}` : String(year);
}

/** The record's date in W3C-DTF (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), for Dublin Core and schema.org. */
function isoDate(record: CslRecord): string {
	return record.issued['date-parts'][0].map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/**
 * Highwire Press tags, the set Google Scholar indexes and Zotero's Embedded
 * Metadata translator reads: title, the issuing body as author, date
 * (YYYY/MM/DD), publisher, language, the edition's PDF, every ISBN, the DOI, and
 * for reports the technical-report institution and number (which also make
 * Zotero save the item as a report).
 */
export function highwireTags(edition: EditionData): MetaTag[] {
	const { record } = edition;
	const tags: MetaTag[] = [
		{ name: 'citation_title', content: record.title },
		{ name: 'citation_author', content: record.author[0].literal },
		{ name: 'citation_publication_date', content: highwireDate(record) },
		{ name: 'citation_publisher', content: record.publisher },
		{ name: 'citation_language', content: record.language },
	];
	const pdf = edition.files.find(isPdf);
	if (pdf) tags.push({ name: 'citation_pdf_url', content: pdf.url });
	for (const isbn of isbns(record)) tags.push({ name: 'citation_isbn', content: plainIsbn(isbn) });
	if (record.DOI) tags.push({ name: 'citation_doi', content: record.DOI });
	if (record.type === 'report') {
		tags.push({ name: 'citation_technical_report_institution', content: record.publisher });
		if (record.number) tags.push({ name: 'citation_technical_report_number', content: record.number });
	}
	return tags;
}

/**
 * The schema declarations of the Dublin Core tags (DC-HTML, DCMI 2008): Zotero
 * knows the `DC.` and `DCTERMS.` prefixes without them, other readers need them.
 */
export const DUBLIN_CORE_LINKS: readonly LinkTag[] = [
	{ rel: 'schema.DC', href: 'http://purl.org/dc/elements/1.1/' },
	{ rel: 'schema.DCTERMS', href: 'http://purl.org/dc/terms/' },
];

/** DCMI Type of each CSL type. */
const DCMI_TYPES: Readonly<Record<CslType, string>> = { report: 'Text', book: 'Text', legislation: 'Text', document: 'Text', motion_picture: 'MovingImage' };

/** MIME type of a file format as editors write it; unknown formats pass through. */
export function mediaType(format: string): string {
	const known: Record<string, string> = {
		pdf: 'application/pdf',
		epub: 'application/epub+zip',
		html: 'text/html',
		docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		doc: 'application/msword',
		mp3: 'audio/mpeg',
		mp4: 'video/mp4',
		zip: 'application/zip',
	};
	return known[format.trim().toLowerCase()] ?? format.trim();
}

/**
 * Dublin Core tags in the DC-HTML convention (`DC.title`, `DCTERMS.issued`),
 * which Zotero maps through its RDF reader. Identifiers are URIs: the page,
 * `urn:isbn:` for each ISBN and the doi.org URL.
 */
export function dublinCoreTags(edition: EditionData): MetaTag[] {
	const { record } = edition;
	const tags: MetaTag[] = [
		{ name: 'DC.title', content: record.title },
		{ name: 'DC.creator', content: record.author[0].literal },
		{ name: 'DC.publisher', content: record.publisher },
		{ name: 'DC.date', content: isoDate(record) },
		{ name: 'DCTERMS.issued', content: isoDate(record) },
		{ name: 'DC.language', content: record.language },
		{ name: 'DC.type', content: DCMI_TYPES[record.type] },
	];
	const formats = [...new Set(edition.files.map((file) => mediaType(file.format)))];
	for (const format of formats) tags.push({ name: 'DC.format', content: format });
	tags.push({ name: 'DC.identifier', content: record.URL });
	for (const isbn of isbns(record)) tags.push({ name: 'DC.identifier', content: `urn:isbn:${plainIsbn(isbn)}` });
	if (record.DOI) tags.push({ name: 'DC.identifier', content: doiUrl(record.DOI) });
	return tags;
}

/** schema.org type of each CSL type; the other kinds stay CreativeWork, as structured-data.ts has them. */
const SCHEMA_TYPES: Readonly<Record<CslType, string>> = {
	report: 'Report',
	book: 'Book',
	legislation: 'Legislation',
	motion_picture: 'CreativeWork',
	document: 'CreativeWork',
};

/** Who issued and published the editions, for the JSON-LD. */
export interface JsonLdOptions {
	/** The issuing body's web site, for the author Organization. */
	authorUrl?: string | undefined;
	/** A cover image URL. */
	image?: string | undefined;
	/** One or two sentences about the publication. */
	description?: string | undefined;
}

/** The schema.org node of one edition (without `@context`). */
function editionNode(edition: EditionData, options: JsonLdOptions): Record<string, unknown> {
	const { record } = edition;
	const isbnList = isbns(record).map(plainIsbn);
	const pages = record['number-of-pages'];
	const base = SCHEMA_TYPES[record.type];
	// isbn and numberOfPages are Book properties: a report that has them is typed as both, which schema.org allows.
	const type = base !== 'Book' && (isbnList.length || pages !== undefined) ? [base, 'Book'] : base;
	const identifiers: Record<string, unknown>[] = [];
	if (record.DOI) identifiers.push({ '@type': 'PropertyValue', propertyID: 'DOI', value: record.DOI, url: doiUrl(record.DOI) });
	if (record.custom?.['sales-number']) identifiers.push({ '@type': 'PropertyValue', propertyID: 'UN sales number', value: record.custom['sales-number'] });
	if (record.custom?.['document-symbol'])
		identifiers.push({ '@type': 'PropertyValue', propertyID: 'UN document symbol', value: record.custom['document-symbol'] });
	return {
		'@type': type,
		'@id': `${record.URL}#${record.language}`,
		name: record.title,
		inLanguage: record.language,
		url: record.URL,
		datePublished: isoDate(record),
		author: { '@type': 'Organization', name: record.author[0].literal, url: options.authorUrl },
		publisher: { '@type': 'Organization', name: record.publisher, location: { '@type': 'Place', name: record['publisher-place'] } },
		isbn: isbnList.length === 1 ? isbnList[0] : isbnList,
		numberOfPages: pages,
		identifier: identifiers,
		sameAs: record.DOI ? doiUrl(record.DOI) : undefined,
		encoding: edition.files.map((file) => ({
			'@type': 'MediaObject',
			contentUrl: file.url,
			encodingFormat: mediaType(file.format),
			contentSize: file.size,
			inLanguage: record.language,
		})),
	};
}

/**
 * The JSON-LD of a publication page: the first edition (the page's language)
 * as the work, the others as its `workTranslation`s, each pointing back with
 * `translationOfWork`; one MediaObject per file under `encoding`. Empty values
 * are left for serializeJsonLd (json-ld.ts) to drop.
 */
export function publicationJsonLd(editions: readonly EditionData[], options: JsonLdOptions = {}): Record<string, unknown> {
	const [first, ...others] = editions;
	if (!first) throw new RangeError('publicationJsonLd needs at least one edition');
	const work = editionNode(first, options);
	return {
		'@context': 'https://schema.org',
		...work,
		description: options.description,
		image: options.image,
		workTranslation: others.map((edition) => ({ ...editionNode(edition, options), translationOfWork: { '@id': work['@id'] } })),
	};
}
