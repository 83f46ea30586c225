/**
 * Plain-text excerpts for listings, made from the Markdown body with remark's
 * parser (mdast), so links, emphasis and HTML never leak into a summary.
 * Sätteri's native parser gives the same tree as micromark's in a sixth of the
 * time, except around raw HTML blocks (it ends a `<SCRIPT>` block elsewhere),
 * so bodies with `<` keep micromark (tests/unit/excerpt.test.ts compares both).
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';

/** Default excerpt length in characters. */
export const EXCERPT_LENGTH = 240;

/** Plain CommonMark, like micromark's defaults: Sätteri would otherwise read GFM and a leading `---` block as front matter. */
const COMMONMARK = { gfm: false, frontmatter: false } as const;

/** Block containers whose children are separate blocks, so their text is joined with spaces. */
const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'blockquote']);

/** Text of a node: list items, quoted paragraphs and line breaks kept apart by spaces; code, raw HTML and images left out. */
function plainText(node: Nodes): string {
	if (node.type === 'break') return ' ';
	// A photo's alt text describes the picture to those who cannot see it; in a summary it would read as a stray sentence.
	if (node.type === 'code' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference') return '';
	if ('children' in node) return (node.children as Nodes[]).map(plainText).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
	return toString(node, { includeHtml: false });
}

/** Text of the body's paragraphs (headings, code and raw HTML left out), whitespace collapsed. */
export function markdownToPlainText(markdown: string): string {
	const tree = markdown.includes('<')
		? fromMarkdown(markdown)
		: (markdownToMdast(markdown, { features: COMMONMARK, position: false }) as ReturnType<typeof fromMarkdown>);
	const parts: string[] = [];
	for (const node of tree.children as Nodes[]) {
		if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') parts.push(plainText(node));
	}
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` of at most `length` UTF-16 units that ends between two characters as a reader sees them: an emoji, a character outside the BMP or a letter with its accents is never cut in half. */
function graphemeHead(text: string, length: number): string {
	let end = 0;
	for (const { index, segment } of graphemes.segment(text)) {
		if (index + segment.length > length) break;
		end = index + segment.length;
	}
	return text.slice(0, end);
}

/** At most `length` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, length = EXCERPT_LENGTH): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length + 1);
	const lastSpace = cut.lastIndexOf(' ');
	// Without a space late enough (Chinese, one long word), the cut falls between graphemes.
	const head = (lastSpace > length / 2 ? cut.slice(0, lastSpace) : graphemeHead(text, length)).replace(/[\s.,;:–—-]+$/, '');
	return `${head}…`;
}

/**
 * The leading blocks of `markdown` (cut at a blank line) whose text is enough
 * for an excerpt of `length`, or the whole body when a cut could change how
 * the start is read: link definitions (`[x]: url`) may come later, and fenced
 * code or raw HTML may run across blank lines. Parsing only the head keeps the
 * cost per entry flat however long the body is.
 */
function excerptSource(markdown: string, length: number): string {
	if (/[`~<]|\]:/.test(markdown)) return markdown;
	let end = 0;
	let text = 0;
	while (end < markdown.length) {
		const next = markdown.indexOf('\n\n', end);
		const stop = next < 0 ? markdown.length : next;
		text += stop - end;
		end = stop + 2;
		// Markup only shortens the text; twice the length in source characters, after the first block, is plenty.
		if (text > 2 * length + 40 && next >= 0) return markdown.slice(0, stop);
	}
	return markdown;
}

/** Listing excerpt of a Markdown body. */
export function excerptFromMarkdown(markdown: string, length = EXCERPT_LENGTH): string {
	const head = excerptSource(markdown, length);
	const text = markdownToPlainText(head);
	// Should the head's text still be too short to cut (a body of long links), read it all.
	return truncateText(head.length < markdown.length && text.length <= length ? markdownToPlainText(markdown) : text, length);
}
