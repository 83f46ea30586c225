/**
 * Plain-text excerpts for listings, made from the Markdown body with remark's
 * parser (mdast), so links, emphasis and HTML never leak into a summary.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

/** Default excerpt length in characters. */
export const EXCERPT_LENGTH = 240;

/** Block containers whose children are separate blocks, so their text is joined with spaces. */
const BLOCK_CONTAINERS = new Set(['list', 'listItem', 'blockquote']);

/** Text of a node: list items, quoted paragraphs and line breaks kept apart by spaces; code and raw HTML left out. */
function plainText(node: Nodes): string {
	if (node.type === 'break') return ' ';
	if (node.type === 'code' || node.type === 'html') return '';
	if ('children' in node) return (node.children as Nodes[]).map(plainText).join(BLOCK_CONTAINERS.has(node.type) ? ' ' : '');
	return toString(node, { includeHtml: false });
}

/** Text of the body's paragraphs (headings, code and raw HTML left out), whitespace collapsed. */
export function markdownToPlainText(markdown: string): string {
	const tree = fromMarkdown(markdown);
	const parts: string[] = [];
	for (const node of tree.children as Nodes[]) {
		if (node.type === 'paragraph' || node.type === 'list' || node.type === 'blockquote') parts.push(plainText(node));
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
