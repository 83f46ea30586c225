/**
 * Makes the links and images of rendered HTML absolute, for feeds: feed
 * readers show content away from the site, where `/news/x/` means nothing.
 * Site paths (`/…`) get the deployment base like everywhere on the site;
 * relative URLs resolve against the entry's own URL.
 */
import { parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);

/** Resolves one URL; anything that is not a URL (or is already absolute) is returned as is. */
export function absolutizeUrl(url: string, pageUrl: string, sitePathToUrl: (path: string) => string): string {
	const value = url.trim();
	if (value.startsWith('/') && !value.startsWith('//')) return sitePathToUrl(value);
	try {
		return new URL(value, pageUrl).href;
	} catch {
		return url;
	}
}

function visit(node: Node, fix: (url: string) => string): void {
	if ('attrs' in node) {
		for (const attribute of node.attrs) if (URL_ATTRIBUTES.has(attribute.name)) attribute.value = fix(attribute.value);
		if (node.attrs.some((attribute) => attribute.name === 'srcset')) node.attrs = node.attrs.filter((attribute) => attribute.name !== 'srcset');
	}
	if ('content' in node) visit(node.content, fix);
	if ('childNodes' in node) for (const child of node.childNodes) visit(child, fix);
}

/** `html` with every href/src made absolute (srcset dropped: src remains). */
export function absolutizeHtml(html: string, pageUrl: string, sitePathToUrl: (path: string) => string): string {
	const fragment = parseFragment(html);
	visit(fragment, (url) => absolutizeUrl(url, pageUrl, sitePathToUrl));
	return serialize(fragment);
}

/**
 * Rendered entry HTML with its site paths (`/news/`) moved under the
 * deployment base, for pages served below a sub-path. Bodies are stored as
 * written (feeds make them absolute separately); the HTML is the sanitiser's
 * output, whose attribute values are always double-quoted.
 */
export function prefixSitePaths(html: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix) return html;
	return html.replace(/(\s(?:href|src|poster|cite)=")\/(?![/\\])/g, `$1${prefix}/`);
}
