/**
 * Fast rendering of entry bodies for the content loader. Astro's unified
 * pipeline (remark-parse, GFM, smartypants, remark-rehype, rehype-raw) spends
 * most of a large build's content sync in smartypants and GFM autolinks. Here Sätteri (Astro's native Markdown processor, the
 * one behind `markdown.processor: satteri()`) turns Markdown with GFM and smart
 * punctuation into HTML; its native HTML parser turns that HTML (raw HTML
 * included) into a hast tree, the same tree as hast-util-from-html's in a
 * third of the time; and the tree goes through exactly the same rehype steps
 * as the unified pipeline (./rehype-plugins.ts: the sanitiser with the
 * site's allowlist, then content anchors) before Astro's heading-id step,
 * in a fraction of the time (docs/performance.md).
 *
 * The two differ in two places, so those bodies are left to the unified
 * pipeline (`renderBody` returns undefined): `--` (smartypants makes it an em
 * dash, Sätteri an en dash; tables and HTML comments have it too), spaced
 * ellipses (`. . .`) and code blocks (Shiki's line spans). tests/unit/markdown/render.test.ts checks that both
 * give the same HTML.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import { htmlToHast, markdownToHtml } from 'satteri';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins } from './rehype-plugins.ts';

export interface RenderedBody {
	html: string;
	metadata: {
		headings: { depth: number; slug: string; text: string }[];
		localImagePaths: string[];
		remoteImagePaths: string[];
		frontmatter: Record<string, unknown>;
	};
}

/** The rehype steps after raw HTML has been parsed (rehype-raw is not needed: the tree comes from parsing HTML). */
function afterRaw() {
	const processor = unified();
	for (const entry of rehypePlugins) {
		const [plugin, options] = Array.isArray(entry) ? entry : [entry];
		if (plugin === rehypeRaw) continue;
		processor.use(plugin as Plugin, options);
	}
	return processor.use(rehypeHeadingIds as Plugin);
}

let rehype: ReturnType<typeof afterRaw> | undefined;

/**
 * Renders a Markdown body to sanitised HTML, with the metadata Astro's
 * `render()` expects; undefined when the body needs the unified pipeline.
 */
export function renderBody(markdown: string): RenderedBody | undefined {
	if (markdown.includes('--') || markdown.includes('. .')) return undefined;
	rehype ??= afterRaw();
	const { html } = markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: true, rawHtml: true } }) as { html: string };
	if (html.includes('<pre')) return undefined;
	const file = new VFile({ data: { astro: { frontmatter: {} } } });
	const tree = rehype.runSync(htmlToHast(html, { fragment: true }) as Root, file) as Root;
	const astro = (file.data as { astro?: { headings?: RenderedBody['metadata']['headings'] } }).astro;
	return {
		html: toHtml(tree),
		metadata: { headings: astro?.headings ?? [], localImagePaths: [], remoteImagePaths: [], frontmatter: {} },
	};
}
