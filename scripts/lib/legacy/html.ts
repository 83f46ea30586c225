/**
 * The HTML form of a legacy listing page. Parsed with parse5 (a spec-compliant
 * parser that never runs anything): <script>, <style> and similar elements are
 * dropped with a note, event-handler attributes are never read, and only the
 * text and the href of links are kept. Blocks become lines for `itemsFromLines`.
 * The tree is walked with a stack of its own, so no nesting depth overflows.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { isSafeUrl } from '../../../src/lib/routing/link-targets.ts';
import { itemsFromLines, LegacyInputError, type LegacyLink, type RawItem, type SourceLine } from './items.ts';

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'select', 'textarea']);
const BLOCKS = new Set([
	'p',
	'div',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'section',
	'article',
	'header',
	'footer',
	'main',
	'nav',
	'aside',
	'table',
	'tr',
	'td',
	'th',
	'blockquote',
	'body',
	'br',
	'hr',
	'figure',
	'figcaption',
]);
/** Containers of items: text after their end belongs to the page, not to the last item. */
const LISTS = new Set(['ul', 'ol', 'dl', 'table']);
const FORMATS = /\.(pdf|docx?|xlsx?|pptx?|zip|epub|mp3|mp4)(?:[?#]|$)/i;

export interface HtmlParseResult {
	items: RawItem[];
	notes: string[];
}

const attr = (node: T.Element, name: string) => node.attrs.find((a) => a.name === name)?.value;

/** Parses a legacy listing saved as HTML; `baseUrl` resolves relative links (a `<base href>` in the page wins). */
export function parseLegacyHtml(html: string, baseUrl?: string): HtmlParseResult {
	const notes: string[] = [];
	const truncated: { line: number; code: string }[] = [];
	const document = parse(html, {
		sourceCodeLocationInfo: true,
		onParseError: (error) => {
			if (error.code.startsWith('eof-in-')) truncated.push({ line: error.startLine, code: error.code });
		},
	});
	if (truncated[0]) throw new LegacyInputError(`the HTML is cut off (${truncated[0].code}): the file looks truncated`, truncated[0].line);
	if (/<html[\s>]/i.test(html) && !/<\/html\s*>/i.test(html))
		throw new LegacyInputError('the HTML has no closing </html>: the file looks truncated', html.split('\n').length);
	let base = baseUrl;
	const lines: SourceLine[] = [];
	let text = '';
	let line = 1;
	let links: LegacyLink[] = [];
	const flush = () => {
		const clean = text.replace(/\s+/g, ' ').trim();
		if (clean) lines.push({ text: clean, line, links });
		text = '';
		links = [];
	};
	const resolve = (href: string, at: number): string | null => {
		let url = href.trim();
		try {
			if (base && !/^[a-z][a-z0-9+.-]*:/i.test(url)) url = new URL(url, base).href;
		} catch {
			/* keep as is */
		}
		if (isSafeUrl(url) && (url.startsWith('/') || /^https?:/i.test(url))) return url;
		notes.push(
			`line ${at}: link "${href.slice(0, 60)}" dropped: only http(s) links and site paths are kept${/^[a-z][a-z0-9+.-]*:/i.test(href.trim()) ? '' : ' (give --base-url to resolve relative links)'}`,
		);
		return null;
	};
	// An explicit stack, not recursion: a saved page may nest elements a hundred thousand deep.
	type Frame = { node: T.ChildNode | T.Document; exit: false } | { node: T.Element | T.Document; exit: true; before: string };
	const stack: Frame[] = [{ node: document, exit: false }];
	while (stack.length) {
		const frame = stack.pop()!;
		const element = 'tagName' in frame.node ? (frame.node as T.Element) : null;
		if (frame.exit) {
			if (element?.tagName === 'a') {
				const href = attr(element, 'href');
				const label = text.slice(frame.before.length).replace(/\s+/g, ' ').trim();
				const url = href ? resolve(href, element.sourceCodeLocation?.startLine ?? line) : null;
				if (url && label) links.push({ label, url, ...(FORMATS.test(url) ? { format: (FORMATS.exec(url)?.[1] ?? '').toUpperCase() } : {}) });
			}
			if (element && BLOCKS.has(element.tagName)) flush();
			if (element && LISTS.has(element.tagName)) lines.push({ text: '', line: element.sourceCodeLocation?.endLine ?? line, boundary: true });
			continue;
		}
		const node = frame.node;
		if (node.nodeName === '#text') {
			if (!text.trim()) line = (node as T.TextNode).sourceCodeLocation?.startLine ?? line;
			text += (node as T.TextNode).value;
			continue;
		}
		if (!('childNodes' in node)) continue;
		if (element) {
			const at = element.sourceCodeLocation?.startLine ?? line;
			if (element.tagName === 'base' && attr(element, 'href')) base = resolve(attr(element, 'href') ?? '', at) ?? base;
			if (DROPPED.has(element.tagName)) {
				notes.push(`line ${at}: <${element.tagName}> removed (never run or copied)`);
				continue;
			}
			if (BLOCKS.has(element.tagName)) flush();
		}
		stack.push({ node: node as T.Element | T.Document, exit: true, before: text });
		for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, exit: false });
	}
	flush();
	return { items: itemsFromLines(lines), notes };
}
