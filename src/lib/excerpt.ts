/**
 * Plain-text excerpts for listings, made from the Markdown body with remark's
 * parser (mdast), so links, emphasis and HTML never leak into a summary.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Default excerpt length in characters. */
export const EXCERPT_LENGTH = 240;

/** Text of the body's paragraphs (headings, code and raw HTML left out), whitespace collapsed. */
export function markdownToPlainText(markdown: string): string {
	const tree = fromMarkdown(markdown);
	const parts: string[] = [];
	for (const node of tree.children as Nodes[]) {
		if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') parts.push(toString(node, { includeHtml: false }));
	}
	return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** At most `length` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncateText(text: string, length = EXCERPT_LENGTH): string {
	if (text.length <= length) return text;
	const cut = text.slice(0, length + 1);
	const lastSpace = cut.lastIndexOf(' ');
	const head = (lastSpace > length / 2 ? cut.slice(0, lastSpace) : text.slice(0, length)).replace(/[\s.,;:–—-]+$/, '');
	return `${head}…`;
}

/** Listing excerpt of a Markdown body. */
export function excerptFromMarkdown(markdown: string, length = EXCERPT_LENGTH): string {
	return truncateText(markdownToPlainText(markdown), length);
}
