/**
 * "Cite this publication": one canonical CSL-JSON record per language edition
 * (`cslRecord`), and the four renderings made from it at build time — an APA 7
 * reference as text and as HTML, BibTeX, RIS and CSL-JSON. Everything is
 * hand-written for the few shapes UNODC publications take (a corporate author,
 * a publisher, a year, identifiers): citeproc-js rendered APA at ~14 ms per
 * record (28 s for 2,000), these renderers take microseconds. The tests parse
 * every output back with citation-js, a parser that is not this generator.
 * Plain TypeScript, no framework.
 */
import { doiUrl } from './identifiers.ts';

/** The issuing body every record names as its corporate author unless the publication says otherwise. */
export const ISSUING_BODY = 'United Nations Office on Drugs and Crime';

/** Publisher and place when a publication names none: UNODC publications are United Nations publications, issued at UNODC headquarters. */
export const DEFAULT_IMPRINT: Readonly<{ publisher: string; place: string }> = { publisher: 'United Nations', place: 'Vienna' };

/** CSL item types the publications use. */
export type CslType = 'report' | 'book' | 'motion_picture' | 'legislation' | 'document';

/**
 * CSL type of each publication kind. Issue papers, strategies and frameworks
 * are reports; manuals, guides, commentaries and model laws are books (a UN
 * model law is a published text, not legislation any legislature enacted);
 * videos are motion pictures; tools and the rest are plain documents.
 */
export const CSL_TYPES: Readonly<Record<string, CslType>> = {
	'issue-paper': 'report',
	report: 'report',
	strategy: 'report',
	framework: 'report',
	manual: 'book',
	guide: 'book',
	commentary: 'book',
	'model-law': 'book',
	video: 'motion_picture',
	tool: 'document',
	other: 'document',
};

/** One language edition of a publication, with identifiers already normalised (identifiers.ts). */
export interface EditionFacts {
	/** Stable record id and citation key, such as `issue-paper-smuggling-by-sea-en`. */
	id: string;
	/** Title in the edition's language. */
	title: string;
	/** Language of the edition (ISO 639-1). */
	lang: string;
	/** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	/** Publication kind (entry-types.ts), which decides the CSL type. */
	kind: string;
	/** Absolute URL of the publication's page. */
	url: string;
	/** Hyphenated ISBN-13 of the printed edition. */
	isbn?: string | undefined;
	/** Hyphenated ISBN-13 of the electronic edition. */
	eisbn?: string | undefined;
	/** Bare DOI, such as `10.18356/…`. */
	doi?: string | undefined;
	/** UN sales number, such as `E.18.IV.9`. */
	salesNumber?: string | undefined;
	/** UN document symbol, such as `CTOC/COP/WG.7/2012/2`. */
	symbol?: string | undefined;
	/** Number of pages of the edition's file. */
	pages?: number | undefined;
	/** Corporate author; default `ISSUING_BODY`. */
	issuingBody?: string | undefined;
	/** Publisher; default `DEFAULT_IMPRINT.publisher`. */
	publisher?: string | undefined;
	/** Place of publication; default `DEFAULT_IMPRINT.place`. */
	place?: string | undefined;
}

/** A CSL-JSON date: year, optionally month and day. */
export interface CslDate {
	/** One date: `[[2018]]`, `[[2018, 6]]` or `[[2018, 6, 1]]`. */
	'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** Identifiers CSL has no variable for, in CSL-JSON's `custom` object. */
export interface CslCustom {
	/** UN sales number (also in `number`). */
	'sales-number'?: string;
	/** UN document symbol (in `number` when there is no sales number). */
	'document-symbol'?: string;
	/** Hyphenated eISBN (in `ISBN` when there is no print ISBN). */
	eISBN?: string;
}

/** The canonical citation record of one edition: CSL-JSON 1.0.2. */
export interface CslRecord {
	/** Record id and citation key. */
	id: string;
	/** CSL item type. */
	type: CslType;
	/** Title in the edition's language. */
	title: string;
	/** The corporate author, as a literal name. */
	author: [{ literal: string }];
	/** Publication date. */
	issued: CslDate;
	/** Publisher. */
	publisher: string;
	/** Place of publication. */
	'publisher-place': string;
	/** Language of the edition (ISO 639-1). */
	language: string;
	/** The publication's page. */
	URL: string;
	/** Hyphenated ISBN-13 (print, else electronic). */
	ISBN?: string;
	/** Bare DOI. */
	DOI?: string;
	/** Sales number, else document symbol. */
	number?: string;
	/** Page count. */
	'number-of-pages'?: number;
	/** Identifiers without a CSL variable. */
	custom?: CslCustom;
}

/** The CSL date of `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws on anything else (the schema has validated it). */
function cslDate(date: string): CslDate {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) throw new RangeError(`Not a publication date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(date)}`);
	const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part === undefined ? undefined : Number(part)));
	if (month === undefined) return { 'date-parts': [[year!]] };
	if (day === undefined) return { 'date-parts': [[year!, month]] };
	return { 'date-parts': [[year!, month, day]] };
}

/** The canonical CSL-JSON record of one edition. */
export function cslRecord(edition: EditionFacts): CslRecord {
	const record: CslRecord = {
		id: edition.id,
		type: CSL_TYPES[edition.kind] ?? 'document',
		title: edition.title,
		author: [{ literal: edition.issuingBody ?? ISSUING_BODY }],
		issued: cslDate(edition.date),
		publisher: edition.publisher ?? DEFAULT_IMPRINT.publisher,
		'publisher-place': edition.place ?? DEFAULT_IMPRINT.place,
		language: edition.lang,
		URL: edition.url,
	};
	const isbn = edition.isbn ?? edition.eisbn;
	if (isbn) record.ISBN = isbn;
	if (edition.doi) record.DOI = edition.doi;
	const number = edition.salesNumber ?? edition.symbol;
	if (number) record.number = number;
	if (edition.pages !== undefined) record['number-of-pages'] = edition.pages;
	const custom: CslCustom = {};
	if (edition.salesNumber) custom['sales-number'] = edition.salesNumber;
	if (edition.symbol) custom['document-symbol'] = edition.symbol;
	if (edition.eisbn && edition.isbn) custom.eISBN = edition.eisbn;
	if (Object.keys(custom).length) record.custom = custom;
	return record;
}

/** Year, month and day of a record's date (month and day may be missing). */
function dateParts(record: CslRecord): { year: number; month: number | undefined; day: number | undefined } {
	const [year, month, day] = record.issued['date-parts'][0];
	return { year, month, day };
}

/** Runs of white space (line breaks included) as one space: no format below allows a line break inside a value. */
const oneLine = (value: string) => (/\s\s|[^\S ]|^ | $/.test(value) ? value.replace(/\s+/g, ' ').trim() : value);

/** Pieces of an APA 7 reference, shared by the text and HTML renderings. */
interface ApaParts {
	author: string;
	/** `2018`, or `2011, December 15` for a video. */
	year: string;
	title: string;
	/** `[Video]` and the like, after the title. */
	description: string;
	/** `(Sales No. E.18.IV.9)` or `(CTOC/COP/WG.7/2012/2)`. */
	number: string;
	/** Omitted when it is the author (APA 7 §9.25). */
	publisher: string;
	/** DOI URL, else the page URL. */
	link: string;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 dates reports and books by year (§9.14), videos and other web documents by year, month and day when known (§10.12, §10.16). */
function apaDate(record: CslRecord): string {
	const { year, month, day } = dateParts(record);
	if (record.type === 'report' || record.type === 'book' || month === undefined) return String(year);
	return `${year}, ${MONTH_NAMES[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

function apaParts(record: CslRecord): ApaParts {
	const author = oneLine(record.author[0].literal);
	const publisher = oneLine(record.publisher);
	const sales = record.custom?.['sales-number'];
	return {
		author,
		year: apaDate(record),
		title: oneLine(record.title),
		description: record.type === 'motion_picture' ? '[Video]' : '',
		number: sales ? `(Sales No. ${sales})` : record.number ? `(${oneLine(record.number)})` : '',
		publisher: publisher === author ? '' : publisher,
		link: record.DOI ? doiUrl(record.DOI) : record.URL,
	};
}

/** Joins title, description and number, then ends the element with a period unless the title already ends it. */
function titleElement(title: string, description: string, number: string): string {
	const tail = [description, number].filter(Boolean).join(' ');
	if (tail) return `${title} ${tail}.`;
	return /[.?!]$/.test(title) ? title : `${title}.`;
}

/** The APA 7 reference as plain text (the title's italics are lost). */
export function apaText(record: CslRecord): string {
	const parts = apaParts(record);
	const author = /[.?!]$/.test(parts.author) ? parts.author : `${parts.author}.`;
	return [author, `(${parts.year}).`, titleElement(parts.title, parts.description, parts.number), parts.publisher && `${parts.publisher}.`, parts.link]
		.filter(Boolean)
		.join(' ');
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Languages written right to left, for `dir` on a title in another language than the page. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi']);

/**
 * The APA 7 reference as HTML: the title in `<i>` (with `lang`, and `dir` for
 * right-to-left scripts, when the edition's language is not the page's), the
 * link as an `<a>`. Every value is escaped; no input reaches the HTML raw.
 */
export function apaHtml(record: CslRecord, pageLang?: string): string {
	const parts = apaParts(record);
	const author = /[.?!]$/.test(parts.author) ? parts.author : `${parts.author}.`;
	const langAttributes =
		pageLang !== undefined && pageLang !== record.language
			? ` lang="${escapeHtml(record.language)}"${RTL_LANGUAGES.has(record.language) ? ' dir="rtl"' : ''}`
			: '';
	const title = `<i${langAttributes}>${escapeHtml(parts.title)}</i>`;
	const tail = [parts.description, parts.number].filter(Boolean).map(escapeHtml).join(' ');
	const titleWithTail = tail ? `${title} ${tail}.` : /[.?!]$/.test(parts.title) ? title : `${title}.`;
	const link = `<a href="${escapeHtml(parts.link)}">${escapeHtml(parts.link)}</a>`;
	return [escapeHtml(author), `(${parts.year}).`, titleWithTail, parts.publisher && `${escapeHtml(parts.publisher)}.`, link].filter(Boolean).join(' ');
}

/** BibTeX entry type of each CSL type. */
const BIBTEX_TYPES: Readonly<Record<CslType, string>> = { report: 'techreport', book: 'book', motion_picture: 'misc', legislation: 'misc', document: 'misc' };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * LaTeX's special characters as commands that keep every brace balanced (a
 * BibTeX parser counts `\{` as an opening brace, so a lone `{` in a title would
 * otherwise end or break the entry). Other characters, accents and Arabic
 * included, stay UTF-8, which biber and BibTeX 0.99d read.
 */
const LATEX_SPECIALS: Readonly<Record<string, string>> = {
	'\\': '{\\textbackslash}',
	'{': '{\\textbraceleft}',
	'}': '{\\textbraceright}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '{\\textasciicircum}',
	'~': '{\\textasciitilde}',
};

/** Escapes text for a brace-delimited BibTeX field. */
export function escapeLatex(text: string): string {
	return oneLine(text).replace(/[\\{}%&$#_^~]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

/** A URL or DOI for a verbatim BibTeX field: only braces and spaces could break it, so they are percent-encoded. */
const verbatim = (value: string) => oneLine(value).replace(/[{}\\ ]/g, (char) => encodeURIComponent(char));

/** A citation key BibTeX accepts: letters, digits and `-_:.` only. */
const bibtexKey = (id: string) => id.replace(/[^A-Za-z0-9\-_:.]/g, '-');

/** babel/polyglossia language names for biblatex's `langid` (hyphenation), where there is one. */
const LANGIDS: Readonly<Record<string, string>> = {
	ar: 'arabic',
	en: 'english',
	es: 'spanish',
	fr: 'french',
	ru: 'russian',
	pt: 'portuguese',
	de: 'german',
	it: 'italian',
};

/** One record as a BibTeX entry: `@techreport`, `@book` or `@misc`, the corporate author in double braces. */
export function bibtexEntry(record: CslRecord): string {
	const type = BIBTEX_TYPES[record.type];
	const { year, month } = dateParts(record);
	const sales = record.custom?.['sales-number'];
	const fields: [string, string][] = [
		['author', `{${escapeLatex(record.author[0].literal)}}`],
		['title', `{${escapeLatex(record.title)}}`],
		[type === 'techreport' ? 'institution' : 'publisher', escapeLatex(record.publisher)],
		['address', escapeLatex(record['publisher-place'])],
		['year', String(year)],
	];
	const out = fields.map(([name, value]) => `  ${name} = {${value}},`);
	if (month !== undefined) {
		// BibTeX reads year and month; biblatex reads date, the only field that keeps the day.
		out.push(`  month = ${MONTHS[month - 1]},`);
		out.push(`  date = {${record.issued['date-parts'][0].map((part, i) => (i ? String(part).padStart(2, '0') : String(part))).join('-')}},`);
	}
	if (record.number && type === 'techreport') {
		if (sales) out.push('  type = {Sales No.},');
		out.push(`  number = {${escapeLatex(record.number)}},`);
	} else if (record.number) {
		out.push(`  note = {${escapeLatex(sales ? `United Nations publication, Sales No. ${sales}` : record.number)}},`);
	}
	if (record.type === 'motion_picture') out.push('  howpublished = {Video},');
	if (record['number-of-pages'] !== undefined) out.push(`  pagetotal = {${record['number-of-pages']}},`);
	if (record.ISBN) out.push(`  isbn = {${escapeLatex(record.ISBN)}},`);
	if (record.DOI) out.push(`  doi = {${verbatim(record.DOI)}},`);
	out.push(`  url = {${verbatim(record.URL)}},`);
	out.push(`  language = {${escapeLatex(record.language)}},`);
	const langid = LANGIDS[record.language];
	if (langid) out.push(`  langid = {${langid}},`);
	return `@${type}{${bibtexKey(record.id)},\n${out.join('\n')}\n}\n`;
}

/** A BibTeX file of records (an edition per entry). */
export function bibtex(records: readonly CslRecord[]): string {
	return records.map(bibtexEntry).join('\n');
}

/** RIS reference type of each CSL type. */
const RIS_TYPES: Readonly<Record<CslType, string>> = { report: 'RPRT', book: 'BOOK', motion_picture: 'VIDEO', legislation: 'STAT', document: 'GEN' };

/**
 * One record in RIS: a six-character tag (`TY  - `) per line, CRLF line ends
 * and `ER  - ` last, as the RIS specification requires. AU has no comma, which
 * Zotero and EndNote read as one corporate name. In a report SN is the report
 * (sales) number, elsewhere the ISBN (RIS 2011 per type); what SN cannot carry goes to N1.
 */
export function risRecord(record: CslRecord): string {
	const { year, month, day } = dateParts(record);
	const lines: [string, string][] = [
		['TY', RIS_TYPES[record.type]],
		['AU', record.author[0].literal],
		['TI', record.title],
		['PY', String(year)],
	];
	if (month !== undefined) lines.push(['DA', `${year}/${String(month).padStart(2, '0')}/${day === undefined ? '' : String(day).padStart(2, '0')}/`]);
	lines.push(['PB', record.publisher], ['CY', record['publisher-place']]);
	const sales = record.custom?.['sales-number'];
	const notes: string[] = [];
	if (record.type === 'report') {
		if (record.number) lines.push(['SN', record.number]);
		if (record.ISBN) notes.push(`ISBN ${record.ISBN}`);
	} else {
		if (record.ISBN) lines.push(['SN', record.ISBN]);
		if (record.number) notes.push(sales ? `United Nations publication, Sales No. ${sales}` : record.number);
	}
	if (record['number-of-pages'] !== undefined) lines.push(['SP', String(record['number-of-pages'])]);
	if (record.DOI) lines.push(['DO', record.DOI]);
	lines.push(['UR', record.URL], ['LA', record.language]);
	for (const note of notes) lines.push(['N1', note]);
	return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`).join('')}ER  - \r\n`;
}

/** An RIS file of records. */
export function ris(records: readonly CslRecord[]): string {
	return records.map(risRecord).join('\r\n');
}

/** A CSL-JSON file: the records as a JSON array, one line per record. */
export function cslJson(records: readonly CslRecord[]): string {
	return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}
