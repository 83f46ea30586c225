/**
 * Turns a legacy item's paragraphs into a Markdown body: drops a first
 * paragraph that repeats the title, takes a press-release dateline
 * ("Bangkok (Thailand), 21 February 2012 - ") and a photo credit or caption
 * glued to the text ("Photo courtesy of FrontexAs the world…") out of it, and
 * escapes the text so it stays plain text in Markdown.
 */

export interface CleanBody {
	body: string;
	dateline?: string;
	/** The date written in the dateline, such as "21 February 2012". */
	datelineDate?: string;
	credit?: string;
	caption?: string;
	notes: string[];
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATELINE = new RegExp(`^([^,.;:]{2,60}?(?: \\([^)]{2,40}\\))?), (\\d{1,2} (?:${MONTHS}) \\d{4}) ?[-–—]+ ?`);
const CREDIT = /^(?:Photo(?:graph)?s?(?: courtesy of| by| credits?:?|:)|©)\s*(.{2,80}?)(?:(?<=[a-z0-9)\]])(?=[A-Z][a-z])|\s*[.|]\s+(?=[A-Z]))/;
const CAPTION = /^([^.!?]{5,300}?\))(?=[A-Z])/;

/** Lowercase letters and digits only, for comparing a paragraph with the title. */
export const comparable = (text: string) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** Escapes Markdown syntax so legacy text is shown as written. */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>]/g, '\\$&')
		.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
		.replace(/^(#{1,6}(?=\s)|[-+](?=\s)|=+$|(\d+)(?=[.)]\s))/, (match, _all, digits: string | undefined) => (digits ? `${digits}\\` : `\\${match}`));
}

export function cleanBody(title: string, paragraphs: readonly string[]): CleanBody {
	const result: CleanBody = { body: '', notes: [] };
	const rest = [...paragraphs];
	if (rest[0] !== undefined && comparable(rest[0]) === comparable(title)) {
		rest.shift();
		result.notes.push('removed a first paragraph that repeated the title');
	}
	let first = rest[0];
	if (first !== undefined) {
		const dateline = DATELINE.exec(first);
		if (dateline) {
			result.dateline = (dateline[1] ?? '').trim();
			result.datelineDate = dateline[2] ?? '';
			first = first.slice(dateline[0].length);
		}
		const credit = CREDIT.exec(first);
		if (credit) {
			result.credit = (credit[1] ?? '').trim();
			first = first.slice(credit[0].length).trimStart();
			result.notes.push(`photo credit "${result.credit}" moved to image.credit (the photo itself was lost): check where the credit ends`);
		} else {
			const caption = CAPTION.exec(first);
			if (caption) {
				result.caption = (caption[1] ?? '').trim();
				first = first.slice(caption[0].length);
				result.notes.push('photo caption moved to image.caption (the photo itself was lost): check where the caption ends');
			}
		}
		if (first.trim()) rest[0] = first.trim();
		else rest.shift();
	}
	result.body = rest.map(escapeMarkdown).join('\n\n');
	return result;
}
