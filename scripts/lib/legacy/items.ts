/**
 * The item grammar shared by the plain-text and HTML forms of a legacy listing
 * page: a line starting with a date (`07/03/2012`, after an optional bullet)
 * opens an item, the next line is its title, the lines after it are paragraphs.
 * "Read more here." / "Download here" lines become links (HTML keeps their
 * targets) or, when the target was lost, an editor warning.
 */
import { DATE_LIKE, LEGACY_DATE, parseLegacyDate } from './date.ts';

/** A link kept from the legacy page. */
export interface LegacyLink {
	label: string;
	url: string;
	format?: string;
}

/** One line (text form) or block (HTML form) of the input, with its 1-based source line. */
export interface SourceLine {
	text: string;
	line: number;
	links?: LegacyLink[];
	/** The end of a list (HTML): what follows is not part of the last item. */
	boundary?: boolean;
}

/** One item of the listing, before classification. */
export interface RawItem {
	/** Line of the item's date. */
	line: number;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
	paragraphs: string[];
	/** Links whose targets the input kept (HTML). */
	links: LegacyLink[];
	/** Labels of "Read more" / "Download" lines whose target the input lost. */
	lostLinks: string[];
	/** Things the parser wants an editor to know about this item. */
	notes: string[];
}

/** Bad input: `line` is the 1-based line of the problem. */
export class LegacyInputError extends Error {
	readonly line: number;
	constructor(message: string, line: number) {
		super(message);
		this.line = line;
		this.name = 'LegacyInputError';
	}
}

/** "Read more here.", "Download here", "Download (PDF)" … */
export const LINK_LINE = /^(read more|download|more information|full text)\b[^.]{0,30}\.?$/i;
const BULLET = /^[•·*▪◦‣-]\s*/;
const MAX_TITLE = 300;

/** Splits a line into its leading date token and the rest, or null when it does not start with something date-like. */
function leadingDate(text: string): { token: string; rest: string } | null {
	const stripped = text.replace(BULLET, '');
	const match = /^(\S+)\s*(.*)$/.exec(stripped);
	if (!match || !(LEGACY_DATE.test(match[1] ?? '') || DATE_LIKE.test(match[1] ?? ''))) return null;
	return { token: match[1] ?? '', rest: (match[2] ?? '').trim() };
}

/** Groups lines into items; throws `LegacyInputError` on an impossible date, a missing title or a cut-off item. */
export function itemsFromLines(lines: readonly SourceLine[]): RawItem[] {
	const items: RawItem[] = [];
	let current: RawItem | null = null;
	let needTitle = false;
	for (const { text, line, links = [], boundary } of lines) {
		if (boundary) {
			if (current && needTitle) throw new LegacyInputError(`the item dated ${current.date} (line ${current.line}) has no title`, current.line);
			current = null;
			continue;
		}
		const trimmed = text.trim();
		if (!trimmed) continue;
		const head = leadingDate(trimmed);
		if (head) {
			if (current && needTitle)
				throw new LegacyInputError(
					`the item dated ${current.date} (line ${current.line}) has no title: put the title on the line after the date`,
					current.line,
				);
			const date = parseLegacyDate(head.token);
			if (!date) {
				const why = LEGACY_DATE.test(head.token) ? 'is not a real date' : 'is not a complete date (the file may be cut off here)';
				throw new LegacyInputError(`"${head.token}" ${why}: dates must be day/month/year, such as 07/03/2012`, line);
			}
			current = { line, date, title: head.rest, paragraphs: [], links: [], lostLinks: [], notes: [] };
			items.push(current);
			needTitle = !head.rest;
			if (head.rest) current.links.push(...asReadMore(links));
			continue;
		}
		if (!current) {
			if (BULLET.test(trimmed) && /^\d/.test(trimmed.replace(BULLET, '')))
				throw new LegacyInputError(`"${trimmed}" does not start with a date such as 07/03/2012`, line);
			continue; // page heading before the first item
		}
		if (needTitle) {
			if (trimmed.length > MAX_TITLE)
				throw new LegacyInputError(
					`the item dated ${current.date} has no title: the line after the date is ${trimmed.length} characters long, which looks like text`,
					line,
				);
			current.title = trimmed;
			current.links.push(...asReadMore(links));
			needTitle = false;
			continue;
		}
		if (LINK_LINE.test(trimmed)) {
			if (links.length) current.links.push(...links.map((link) => ({ ...link, label: linkLabel(trimmed, link) })));
			else current.lostLinks.push(trimmed);
			continue;
		}
		current.paragraphs.push(trimmed);
		current.links.push(...links);
	}
	if (current && needTitle) throw new LegacyInputError(`the file ends after the date ${current.date} without a title: it looks cut off`, current.line);
	if (!items.length) throw new LegacyInputError('no items found: expected lines such as "• 07/03/2012" followed by a title', 1);
	return items;
}

/** A link on the title points to the item's own page on the old site. */
const asReadMore = (links: readonly LegacyLink[]) => links.map((link) => ({ ...link, label: 'Original page' }));

function linkLabel(line: string, link: LegacyLink): string {
	if (/^download/i.test(line)) return link.format ? `Download (${link.format})` : 'Download';
	return /^read more/i.test(line) ? 'Read more' : link.label;
}

/** The plain-text form: one source line per line, bullets allowed. */
export function parseLegacyText(text: string): RawItem[] {
	const nul = text.indexOf('\u0000');
	if (nul !== -1) throw new LegacyInputError('the file contains NUL bytes: it is binary or damaged', text.slice(0, nul).split('\n').length);
	const items = itemsFromLines(text.split(/\r?\n/).map((line, index) => ({ text: line, line: index + 1 })));
	const last = items.at(-1);
	const tail = last?.paragraphs.at(-1);
	if (last && tail && !/[.!?…:;)"'”’\]]$/.test(tail))
		last.notes.push('the last item ends mid-sentence: the file may be cut off; compare with the original page');
	return items;
}
