/**
 * Runs after rehype-sanitize: gives every heading of an entry body an id (under
 * the same `user-content-` prefix as the ids the sanitiser kept), and points
 * in-page links (`#background`) at the prefixed id when the body has it, so
 * tables of contents and footnotes written by authors keep working without
 * letting content clash with the page's own ids. Astro's heading-id step then
 * sees ids already set and leaves them. (GFM footnotes arrive with ids that
 * remark-rehype prefixed already; the sanitiser prefixes them again, and their
 * links are pointed at the result the same way.)
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { CLOBBER_PREFIX } from './sanitize-schema.ts';

const HEADING = /^h[1-6]$/;

function textOf(node: ElementContent | RootContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

function elementsOf(root: Root): Element[] {
	const found: Element[] = [];
	const walk = (nodes: readonly (ElementContent | RootContent)[]) => {
		for (const node of nodes)
			if (node.type === 'element') {
				found.push(node);
				walk(node.children);
			}
	};
	walk(root.children);
	return found;
}

/** GitHub-style slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(text: string): string {
	return (
		text
			.trim()
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
			.replace(/\s/g, '-') || 'section'
	);
}

export default function rehypeContentAnchors() {
	return (tree: Root) => {
		const all = elementsOf(tree);
		const ids = new Set(all.map((element) => element.properties['id']).filter((id): id is string => typeof id === 'string'));
		for (const heading of all.filter((element) => HEADING.test(element.tagName) && typeof element.properties['id'] !== 'string')) {
			const base = `${CLOBBER_PREFIX}${slugify(heading.children.map(textOf).join(''))}`;
			let id = base;
			for (let n = 1; ids.has(id); n++) id = `${base}-${n}`;
			ids.add(id);
			heading.properties['id'] = id;
		}
		for (const link of all.filter((element) => element.tagName === 'a')) {
			const href = link.properties['href'];
			if (typeof href !== 'string' || !href.startsWith('#')) continue;
			let target = href.slice(1);
			try {
				target = decodeURIComponent(target);
			} catch {
				/* keep as written */
			}
			if (!ids.has(target) && ids.has(`${CLOBBER_PREFIX}${target}`)) link.properties['href'] = `#${CLOBBER_PREFIX}${encodeURIComponent(target)}`;
		}
	};
}
