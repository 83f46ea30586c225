/**
 * Classifies a legacy item as news, event or publication (with its kind and
 * languages) by simple, documented rules, checked in this order:
 * 1. a press-release dateline → news;
 * 2. words of a meeting (workshop, meeting, conference, seminar, attended, met, hosted) → events;
 * 3. a publication word in the title (issue paper, manual, model law, strategy,
 *    framework, commentary, report, tool, guide, handbook, toolkit, video),
 *    or a body that starts as a video description → publications;
 * 4. anything else → news.
 */
import ISO6391 from 'iso-639-1';
import type { EntryType } from '../../../src/entry-types/index.ts';

/** A publication kind's slug (content/taxonomies/kinds.yaml). */
type PublicationKind = string;

export interface Classification {
	type: EntryType;
	kind?: PublicationKind;
	languages?: string[];
	reason: string;
}

const EVENT = /\b(workshops?|meetings?|conferences?|seminars?|symposium|attended|met|hosted|convened)\b/i;
const KINDS: [RegExp, PublicationKind][] = [
	[/\bissue paper\b/i, 'issue-paper'],
	[/\bmodel law\b/i, 'model-law'],
	[/\b(manual|handbook|curriculum)\b/i, 'manual'],
	[/\bstrategy\b/i, 'strategy'],
	[/\bframework\b/i, 'framework'],
	[/\bcommentary\b/i, 'commentary'],
	[/\b(report|study|review)\b/i, 'report'],
	[/\b(tool|toolkit)\b/i, 'tool'],
	[/\b(guide|guidelines)\b/i, 'guide'],
	[/\b(video|film)\b/i, 'video'],
];

/** Languages named in a title such as "… available in Arabic - English - French", as ISO 639-1 codes in that order. */
export function languagesFromTitle(title: string): string[] {
	const list = /\bavailable in (.+)$/i.exec(title)?.[1];
	if (!list) return [];
	return list
		.split(/\s*(?:[-–—,/]|\band\b)\s*/)
		.map((name) => ISO6391.getCode(name.trim()))
		.filter((code, index, all) => code && all.indexOf(code) === index);
}

export function classifyItem(title: string, paragraphs: readonly string[], hasDateline: boolean): Classification {
	if (hasDateline) return { type: 'news', reason: 'it has a press-release dateline' };
	const text = [title, ...paragraphs].join(' ');
	const event = EVENT.exec(text);
	if (event) return { type: 'events', reason: `it mentions "${event[0]}"` };
	const firstSentence = (paragraphs[0] ?? '').split(/(?<=\.)\s/)[0] ?? '';
	for (const [pattern, kind] of KINDS) {
		const found = pattern.exec(title) ?? (kind === 'video' ? /^(?:[\w-]+\s){0,3}(video|film)\b/i.exec(firstSentence) : null);
		if (found) {
			const languages = languagesFromTitle(title);
			return { type: 'publications', kind, languages: languages.length ? languages : ['en'], reason: `it is described as "${found[0].trim()}"` };
		}
	}
	return { type: 'news', reason: 'no event or publication words' };
}
