/**
 * How the browser editor (/admin/) shows each front-matter field: the one
 * place that maps the schemas' fields (src/schemas/) to editor widgets, with
 * their labels and hints. The generator (./config.ts) walks each type's
 * schema and looks every field up here, and fails on a field this table
 * lacks or an entry no schema has, so a new schema field cannot reach the
 * editor unmapped (tests/unit/admin/fields.test.ts). What a translation
 * writes is not decided here but by the content check's own rule
 * (isWrittenInTranslation, src/entry-files/translations.ts).
 *
 * Keys are field paths: `links` for the list, `links.url` for a field of its
 * items, `image.alt` for a field of an object. Fields are shown in this
 * order, the Markdown body last.
 */

/**
 * How a field is edited. Each kind expects a JSON Schema type (checked by the
 * generator): `line`, `paragraph`, `date`, `kind` (a publication kind),
 * `language`, `image` and `file` a string (`line` also a value written as text or a number, such as an
 * ISBN); `topics`, `regions`, `languages` and `entries` an array of strings; `switch` a boolean;
 * `number` a whole number; `items` an array of objects; `group` an object.
 * `computed` fields are filled in by the site and never shown.
 */
export type FieldKind =
	| 'line'
	| 'paragraph'
	| 'date'
	| 'topics'
	| 'regions'
	| 'kind'
	| 'language'
	| 'languages'
	| 'entries'
	| 'switch'
	| 'number'
	| 'image'
	| 'file'
	| 'items'
	| 'group'
	| 'computed';

/** A check the schema makes in code (a refinement), written as a pattern the editor can test. */
export interface FieldRule {
	/** Regular expression (JavaScript syntax, as a string) a valid value matches; never looser than the schema. */
	pattern: string;
	/** What the editor says when it does not: the schema's own wording (a test compares them). */
	message: string;
}

/** One field as the editor shows it. */
export interface FieldSpec {
	kind: FieldKind;
	/** Label above the input. */
	label: string;
	/** Help under the input. */
	hint?: string;
	/** Lists: the word for one item ("Add link"). */
	itemLabel?: string;
	/** A refinement of the schema the editor should check too (a regex the schema has is taken from the schema). */
	rule?: FieldRule;
	/** Message for the pattern the schema itself declares (`z.string().regex()`); the schema's own wording. */
	patternMessage?: string;
}

/** A site path or an http(s) URL with a named host, for `scheme` (the part before ://); no spaces, control characters or backslashes. */
const urlPattern = (scheme: string) =>
	String.raw`^(?:/(?!/)[^\s\u0000-\u001f\u007f\\]*|` +
	scheme +
	String.raw`://(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#][^\s\u0000-\u001f\u007f\\]*)?)$`;

/** urlProblem (src/lib/routing/link-targets.ts) of a link as a pattern: a site path, or http(s) with a named host. */
const URL_RULE: FieldRule = {
	pattern: urlPattern('[Hh][Tt][Tt][Pp][Ss]?'),
	message: 'Use an http:// or https:// URL, or a site path starting with /',
};

/** The same for an image: the site's security policy loads only its own and https:// images. */
const IMAGE_URL_RULE: FieldRule = {
	pattern: urlPattern('[Hh][Tt][Tt][Pp][Ss]'),
	message: 'Use an https:// URL or a site path starting with /',
};

/** calendarDate (src/schemas/calendar-date.ts): the date widget saves this form; the pattern guards values read from files. */
const DATE_RULE: FieldRule = {
	pattern: String.raw`^\d{4}-\d{2}-\d{2}$`,
	message: 'Write the date as YYYY-MM-DD, for example 2012-03-07',
};

const SIZE_MESSAGE = 'Write the size like "850 KB" or "1.2 MB"';

/** publicationDate (src/schemas/publication-edition.ts): as far as it is known. */
const PUBLISHED_RULE: FieldRule = {
	pattern: String.raw`^\d{4}(?:-\d{2}(?:-\d{2})?)?$`,
	message: 'Write the year (2018), the month (2018-06) or the day (2018-06-13) it was published',
};

export const FIELDS: Readonly<Record<string, FieldSpec>> = {
	title: {
		kind: 'line',
		label: 'Title',
		hint: 'The headline: the page’s only heading. The file name (the page address) is made from it.',
	},
	kind: { kind: 'kind', label: 'Kind of publication' },
	date: { kind: 'date', label: 'Date', hint: 'Posting date.', rule: DATE_RULE },
	startDate: { kind: 'date', label: 'First day', rule: DATE_RULE },
	endDate: { kind: 'date', label: 'Last day', hint: 'Not before the first day; leave empty for a one-day event.', rule: DATE_RULE },
	location: { kind: 'line', label: 'Location', hint: 'Where it takes place, such as “Vienna (Austria)”.' },
	dateline: {
		kind: 'line',
		label: 'Dateline',
		hint: 'Place of a press release, shown before the text, such as “Bangkok (Thailand)”.',
	},
	summary: {
		kind: 'paragraph',
		label: 'Summary',
		hint: 'One or two sentences for listings; without it, listings show the start of the text.',
	},
	lang: { kind: 'language', label: 'Language of the entry', hint: 'English when left empty.' },
	languages: { kind: 'languages', label: 'Available in', hint: 'Every language the publication exists in.' },
	topics: { kind: 'topics', label: 'Topics' },
	regions: { kind: 'regions', label: 'Regions' },
	files: { kind: 'items', label: 'Files', itemLabel: 'file', hint: 'One per language and format.' },
	'files.url': {
		kind: 'file',
		label: 'File',
		hint: 'Upload it, or give its address (http:// or https://, or a site path such as /media/…).',
		rule: URL_RULE,
	},
	'files.lang': { kind: 'language', label: 'Language' },
	'files.format': { kind: 'line', label: 'Format', hint: 'Such as PDF or EPUB.' },
	'files.size': { kind: 'line', label: 'Size', hint: 'Such as 1.2 MB.', patternMessage: SIZE_MESSAGE },
	'files.pages': { kind: 'number', label: 'Pages', hint: 'npm run covers fills it in for local PDFs.' },
	'files.label': { kind: 'line', label: 'Link text', hint: 'Leave empty for the language and format, such as “French (PDF)”.' },
	links: { kind: 'items', label: 'Links', itemLabel: 'link', hint: 'Read-more and download links.' },
	'links.label': { kind: 'line', label: 'Link text', hint: 'Such as “Read the strategy”.' },
	'links.url': {
		kind: 'file',
		label: 'Address',
		hint: 'An http:// or https:// address, a page of this site (/news/…), or a file you upload.',
		rule: URL_RULE,
	},
	'links.lang': { kind: 'language', label: 'Language of the target', hint: 'Only when it differs from the entry’s.' },
	'links.format': { kind: 'line', label: 'Format', hint: 'For a download, such as PDF.' },
	'links.size': { kind: 'line', label: 'Size', hint: 'For a download, such as 1.2 MB.', patternMessage: SIZE_MESSAGE },
	// The publication's bibliographic facts after its files and links, which editors fill in most.
	issuingBody: { kind: 'line', label: 'Issuing body', hint: 'Leave empty for the United Nations Office on Drugs and Crime.' },
	publisher: { kind: 'line', label: 'Publisher', hint: 'Leave empty for the United Nations.' },
	place: { kind: 'line', label: 'Place of publication', hint: 'Leave empty for Vienna.' },
	published: {
		kind: 'line',
		label: 'Published',
		hint: 'When it was published: the year, the month or the day (2018, 2018-06 or 2018-06-13); the posting date when left empty.',
		rule: PUBLISHED_RULE,
	},
	// A text field, not an upload: npm run covers draws the thumbnail from the PDF and writes its path.
	cover: {
		kind: 'line',
		label: 'Cover',
		hint: 'The cover thumbnail’s address, such as /covers/….jpg; npm run covers makes one from a local PDF.',
		rule: IMAGE_URL_RULE,
	},
	editions: { kind: 'items', label: 'Editions', itemLabel: 'edition', hint: 'Per language: its own title and identifiers, where it has them.' },
	'editions.lang': { kind: 'language', label: 'Language' },
	'editions.title': { kind: 'line', label: 'Title of this edition', hint: 'In its language; the entry’s title when left empty.' },
	'editions.isbn': { kind: 'line', label: 'ISBN', hint: 'Of the printed edition, such as 978-92-1-130350-6.' },
	'editions.eisbn': { kind: 'line', label: 'eISBN', hint: 'Of the electronic edition.' },
	'editions.doi': { kind: 'line', label: 'DOI', hint: 'Such as 10.18356/… or its https://doi.org/… address.' },
	'editions.salesNumber': { kind: 'line', label: 'UN sales number', hint: 'Such as E.18.IV.9; its letter is the edition’s language.' },
	'editions.symbol': { kind: 'line', label: 'Document symbol', hint: 'Such as CTOC/COP/WG.7/2012/2.' },
	image: { kind: 'group', label: 'Photo' },
	'image.src': { kind: 'image', label: 'Image', rule: IMAGE_URL_RULE },
	'image.width': { kind: 'number', label: 'Width (pixels)', hint: 'Only for an https:// image: its width in pixels. Photos uploaded here are measured.' },
	'image.height': { kind: 'number', label: 'Height (pixels)', hint: 'Only for an https:// image: its height in pixels.' },
	'image.alt': {
		kind: 'line',
		label: 'Text alternative',
		hint: 'Describe the image for readers who cannot see it. Required when there is an image.',
	},
	'image.caption': { kind: 'line', label: 'Caption' },
	'image.credit': { kind: 'line', label: 'Credit', hint: 'Who took or owns the photo, such as “Frontex”.' },
	related: { kind: 'entries', label: 'Related entries', hint: 'Shown first under “Related”.' },
	draft: {
		kind: 'switch',
		label: 'Draft',
		hint: 'Drafts are checked but not published. Each translation has its own; a draft original holds back its translations too.',
	},
	translationOf: { kind: 'computed', label: 'Original of a translation' },
	excerpt: { kind: 'computed', label: 'Excerpt' },
	bodyFile: { kind: 'computed', label: 'Rendered body' },
};

/** The body: not a front-matter field, always last, always written in each language. */
export const BODY_FIELD = { name: 'body', label: 'Text' } as const;
