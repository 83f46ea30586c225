/**
 * What is checked in a Markdown body before it is rendered, by the build and
 * by `npm run check:content` alike (both call validateEntry):
 *
 * - nesting: the rehype steps (the sanitiser, the HTML writer) and the
 *   excerpt walk their trees recursively and overflow the stack on a few
 *   thousand levels of lists, quotes, HTML or emphasis; Sätteri's native
 *   parser does not, so the depth is measured on its tree and a body nested
 *   deeper than MAX_NESTING elements is refused, with the line of the block;
 * - links and images: every URL the body's Markdown or HTML writes is judged
 *   by the rules of front matter (src/lib/routing/link-targets.ts, plus
 *   mailto:, tel: and relative URLs); the sanitised HTML drops the ones
 *   refused (./url-policy.ts), and the editor gets a warning saying why.
 */
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { htmlToHast, markdownToHtml, markdownToMdast } from 'satteri';
import { urlProblem } from '../routing/link-targets.ts';
import { quote } from '../text/quote.ts';

/** How many elements deep a body may nest (markdown-it's default limit is 100 too). */
export const MAX_NESTING = 100;

/** A problem in a body, at a 1-based line of the body. */
export interface BodyIssue {
	line: number;
	message: string;
}

interface TreeNode {
	type: string;
	children?: TreeNode[];
}

/** Elements on the longest path from the root down (iterative: the trees measured here may be thousands deep). */
export function treeDepth(root: TreeNode): number {
	let deepest = 0;
	const stack: [TreeNode, number][] = [[root, 0]];
	while (stack.length) {
		const [node, depth] = stack.pop()!;
		const here = node.type === 'element' ? depth + 1 : depth;
		if (here > deepest) deepest = here;
		for (const child of node.children ?? []) stack.push([child, here]);
	}
	return deepest;
}

/** Levels a body can nest with no character of its own: a paragraph, a table's four, a footnote section's six, a code block's two, a heading, an autolink, and some to spare. */
const UNMARKED_LEVELS = 20;

/** What each ASCII character counts for in `nestingBound`: 1 a container character (indentation, quote and list markers, ordered-list numbers), 2 an inline delimiter, 4 a character counted twice (`<`, `[`). */
const ROLE = new Uint8Array(128);
for (const character of ' >-+*.)0123456789') ROLE[character.charCodeAt(0)]! |= 1;
for (const character of '*_~`!') ROLE[character.charCodeAt(0)]! |= 2;
for (const character of '<[') ROLE[character.charCodeAt(0)]! |= 4;

/**
 * An upper bound of the depth `htmlTreeDepth` measures, read in one pass
 * without parsing: every element on a path down the tree is opened by syntax
 * of its own beyond a few unmarked levels. Container levels (a list's ul and
 * li, a quote) take at least one column each of a line's leading
 * indentation and markers; inline elements a delimiter each (`*`, `_`, `~`,
 * `` ` ``, `!`, and `[`, counted twice: a footnote reference is sup and a);
 * raw HTML a `<` each, counted twice for the elements an HTML parser adds
 * (a table's tbody). Bodies under the limit by this bound (all of the launch
 * content and of the benchmark's, whose largest bound is 54) need no
 * rendering to be checked.
 */
export function nestingBound(markdown: string): number {
	let marked = 0;
	let widestPrefix = 0;
	let column = 0;
	let leading = true;
	for (let i = 0; i < markdown.length; i++) {
		const code = markdown.charCodeAt(i);
		// CommonMark ends a line at LF, CR or both.
		if (code === 0x0a || code === 0x0d) {
			leading = true;
			column = 0;
			continue;
		}
		const role = code < 128 ? ROLE[code]! : 0;
		if (leading) {
			if (code === 0x09) column += 4;
			else if (role & 1) column += 1;
			else leading = false;
			if (column > widestPrefix) widestPrefix = column;
		}
		if (role & 4) marked += 2;
		else if (role & 2) marked += 1;
	}
	return UNMARKED_LEVELS + 2 * widestPrefix + marked;
}

/** The HTML tree of `markdown` as the fast renderer parses it (./render.ts), whose depth the rehype steps walk. */
export function htmlTreeDepth(markdown: string): number {
	const { html } = markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: true, rawHtml: true } }) as { html: string };
	return treeDepth(htmlToHast(html, { fragment: true }) as TreeNode);
}

function mdastOf(markdown: string): MdastRoot {
	return markdownToMdast(markdown, { features: { gfm: true, frontmatter: false }, position: true }) as MdastRoot;
}

/** The nesting problem of a body, if any: its depth, at the line of the first top-level block nested too deep. */
function nestingIssue(markdown: string): BodyIssue | undefined {
	// Each level of nesting takes at least one character: a short body cannot be too deep.
	if (markdown.length < MAX_NESTING || nestingBound(markdown) <= MAX_NESTING) return undefined;
	const depth = htmlTreeDepth(markdown);
	if (depth <= MAX_NESTING) return undefined;
	const lines = markdown.split('\n');
	const block = mdastOf(markdown).children.find((node) => {
		const { start, end } = node.position ?? {};
		return start && end && htmlTreeDepth(lines.slice(start.line - 1, end.line).join('\n')) > MAX_NESTING;
	});
	return {
		line: block?.position?.start.line ?? 1,
		message: `is nested ${depth.toLocaleString('en')} levels deep (lists, quotes, HTML elements or emphasis inside one another), more than the ${MAX_NESTING} the site renders: flatten it`,
	};
}

type Parse5Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

/** URL attributes of the elements of an HTML fragment: [tag, attribute, value, 1-based line of the attribute in the fragment]. */
function htmlUrls(html: string): [string, string, string, number][] {
	const found: [string, string, string, number][] = [];
	const stack: Parse5Node[] = [parseFragment(html, { sourceCodeLocationInfo: true })];
	while (stack.length) {
		const node = stack.pop()!;
		if ('attrs' in node)
			for (const { name, value } of node.attrs)
				if (name === 'href' || name === 'src')
					found.push([node.tagName, name, value, node.sourceCodeLocation?.attrs?.[name]?.startLine ?? node.sourceCodeLocation?.startLine ?? 1]);
		if ('content' in node) stack.push(node.content);
		// Reversed, so that the URLs come in the order they are written.
		if ('childNodes' in node) stack.push(...node.childNodes.toReversed());
	}
	return found;
}

/** Warnings about the body's links and images whose URL the sanitised HTML drops. */
function urlIssues(markdown: string): BodyIssue[] {
	if (!/[:/\\]/.test(markdown)) return [];
	const issues: BodyIssue[] = [];
	const stack: MdastNodes[] = [mdastOf(markdown)];
	while (stack.length) {
		const node = stack.pop()!;
		const start = node.position?.start.line ?? 1;
		const urls: [boolean, string, string, number][] = [];
		if (node.type === 'link' || node.type === 'definition') urls.push([false, 'link', node.url, start]);
		else if (node.type === 'image') urls.push([true, 'image', node.url, start]);
		else if (node.type === 'html')
			// An HTML block may run over many lines: each URL is reported at its own.
			for (const [tag, attribute, value, at] of htmlUrls(node.value)) urls.push([attribute === 'src', `<${tag} ${attribute}>`, value, start + at - 1]);
		for (const [image, what, url, line] of urls) {
			// Link references (`[text][ref]`) point at a definition, judged on its own.
			const problem = urlProblem(url.trim(), { body: true, image });
			if (!problem) continue;
			const message = `${what} ${quote(url)} is removed from the page: it ${problem}`;
			// The same URL written twice on a line is one thing to fix.
			if (!issues.some((issue) => issue.line === line && issue.message === message)) issues.push({ line, message });
		}
		if ('children' in node) stack.push(...(node.children as MdastNodes[]).toReversed());
	}
	return issues;
}

/** A Markdown image of the body (`![alt](url)`): its 1-based line in the body, its URL as written and its alt text. */
export interface BodyImage {
	line: number;
	url: string;
	alt: string;
}

/** The body's Markdown images (`![alt](photo.jpg)`); images written as HTML (`<img>`) are not among them. */
export function bodyImages(markdown: string): BodyImage[] {
	if (!markdown.includes('![')) return [];
	const found: BodyImage[] = [];
	const stack: MdastNodes[] = [mdastOf(markdown)];
	while (stack.length) {
		const node = stack.pop()!;
		if (node.type === 'image') found.push({ line: node.position?.start.line ?? 1, url: node.url, alt: node.alt ?? '' });
		if ('children' in node) stack.push(...(node.children as MdastNodes[]).toReversed());
	}
	return found;
}

/** Problems that stop a body from being published, and warnings about what its page leaves out. */
export function checkBody(markdown: string): { problems: BodyIssue[]; warnings: BodyIssue[] } {
	const nesting = nestingIssue(markdown);
	// A body too deep is not walked any further.
	return nesting ? { problems: [nesting], warnings: [] } : { problems: [], warnings: urlIssues(markdown) };
}
