/**
 * Legacy listing page → entries: the pure part of `npm run import`. Parses the
 * plain-text or HTML form, classifies each item, cleans its body, assigns
 * topics and regions by keyword, links related items of the same day, and
 * renders each entry file with the project's front-matter writer. No I/O.
 */
import { format } from 'date-fns/format';
import { parse } from 'date-fns/parse';
import type { Vocabularies } from '../../../src/schemas/vocabulary.ts';
import type { EntryType } from '../../../src/entry-types/index.ts';
import { stringifyEntryFile } from '../../../src/entry-files/front-matter.ts';
import { cleanBody } from './body.ts';
import { classifyItem } from './classify.ts';
import { parseLegacyDate } from './date.ts';
import { parseLegacyHtml } from './html.ts';
import { LegacyInputError, parseLegacyText, type RawItem } from './items.ts';
import { assignTerms } from './terms.ts';
import { slugify } from '../../../src/lib/routing/slugs.ts';

export { LegacyInputError } from './items.ts';

export interface ImportedEntry {
	type: EntryType;
	slug: string;
	/** Line of the item in the input. */
	line: number;
	data: Record<string, unknown>;
	body: string;
	/** Why it got its type, for the per-item report. */
	reason: string;
	/** What an editor should look at. */
	warnings: string[];
	/** The file to write. */
	text: string;
}

/** Parses the input, as HTML when it looks like HTML (or `html` is set). Notes that concern the whole page are returned apart. */
export function parseLegacy(source: string, options: { html?: boolean; baseUrl?: string } = {}): { items: RawItem[]; notes: string[] } {
	const html = options.html ?? /^\s*(<!doctype html|<html|<\?xml|<!--|<(ul|div|body|head|p|table)[\s>])/i.test(source);
	if (html) return parseLegacyHtml(source, options.baseUrl);
	return { items: parseLegacyText(source), notes: [] };
}

const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'on', 'in', 'to', 'for', 'by', 'with', 'at', 'from', 'new', 'unodc']);
const words = (title: string) =>
	new Set(
		slugify(title, 500)
			.split('-')
			.filter((word) => word.length > 1 && !STOP.has(word))
			.map((word) => word.replace(/s$/, '')),
	);

/** True when two titles of the same day share most of their words (e.g. a paper and the news about it). */
export function belongTogether(a: string, b: string): boolean {
	const wa = words(a);
	const wb = words(b);
	const shared = [...wa].filter((word) => wb.has(word)).length;
	return shared >= 3 && shared * 2 >= Math.min(wa.size, wb.size);
}

function note(label: string, type: EntryType): string {
	const where = /^download/i.test(label) && type === 'publications' ? 'the files under `files` when they are found' : 'it under `links` when it is found';
	return `The legacy page's "${label}" link lost its target; add ${where}.`;
}

/** Builds one entry per item; `vocabularies` drive keyword topics and regions (empty vocabularies: none assigned). */
export function buildEntries(items: readonly RawItem[], vocabularies: Vocabularies): ImportedEntry[] {
	const used = new Set<string>();
	const entries = items.map((item) => {
		if (!item.title.trim()) throw new LegacyInputError(`the item dated ${item.date} has no title`, item.line);
		const clean = cleanBody(item.title, item.paragraphs);
		const found = classifyItem(item.title, item.paragraphs, Boolean(clean.dateline));
		const warnings = [...item.notes, ...clean.notes];
		let slug = slugify(item.title);
		if (!slug) throw new LegacyInputError(`the title "${item.title}" has no letters or digits to make a file name from`, item.line);
		if (used.has(slug)) {
			slug = `${slugify(item.title, 69)}-${item.date}`;
			warnings.push(`another item has the same title: saved as ${slug}.md`);
		}
		used.add(slug);
		if (clean.datelineDate) {
			const written = parse(clean.datelineDate, 'd MMMM yyyy', new Date(2000, 0, 1, 12));
			if (format(written, 'yyyy-MM-dd') !== item.date)
				warnings.push(`the dateline says ${clean.datelineDate} but the listing says ${item.date}: check the date`);
		}
		if (!clean.body) warnings.push('only a title: add the text, or a summary, from the original page if it can be found');
		const links = item.links.filter((link, index, all) => all.findIndex((other) => other.url === link.url) === index);
		const comments = item.lostLinks.map((label) => note(label, found.type));
		warnings.push(...item.lostLinks.map((label) => `"${label}" lost its target: add the link when it is found`));
		const terms = assignTerms(vocabularies, [item.title, ...item.paragraphs].join(' '), [item.title, item.paragraphs[0] ?? ''].join(' '));
		const data: Record<string, unknown> = {
			title: item.title,
			date: item.date,
			...(clean.dateline && found.type === 'news' ? { dateline: clean.dateline } : {}),
			...(found.kind ? { kind: found.kind, languages: found.languages } : {}),
			topics: terms.topics,
			regions: terms.regions,
			...(links.length ? { links } : {}),
			...(clean.credit || clean.caption
				? { image: { ...(clean.caption ? { caption: clean.caption } : {}), ...(clean.credit ? { credit: clean.credit } : {}) } }
				: {}),
		};
		return { type: found.type, slug, line: item.line, data, body: clean.body, reason: found.reason, warnings, text: '', comments };
	});
	for (const entry of entries) {
		const related = entries.filter(
			(other) => other !== entry && other.data['date'] === entry.data['date'] && belongTogether(String(other.data['title']), String(entry.data['title'])),
		);
		if (related.length) entry.data['related'] = related.map((other) => other.slug);
	}
	return entries.map(({ comments, ...entry }) => ({ ...entry, text: renderEntry(entry.data, entry.body, comments) }));
}

/** The entry file: YAML front matter (with `# …` notes for editors before the closing line) and the body. */
export function renderEntry(data: Record<string, unknown>, body: string, comments: readonly string[] = []): string {
	const text = stringifyEntryFile(data, body);
	if (!comments.length) return text;
	const end = text.indexOf('\n---\n', 3);
	return `${text.slice(0, end + 1)}${comments.map((comment) => `# ${comment}\n`).join('')}${text.slice(end + 1)}`;
}

/** Parses and builds in one go. */
export function importLegacy(
	source: string,
	vocabularies: Vocabularies,
	options: { html?: boolean; baseUrl?: string } = {},
): { entries: ImportedEntry[]; notes: string[] } {
	const { items, notes } = parseLegacy(source, options);
	return { entries: buildEntries(items, vocabularies), notes };
}

export { parseLegacyDate };
