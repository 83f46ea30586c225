/**
 * The editor's preview pane shows an entry with the site's own stylesheets:
 * /admin/preview.css imports the ones an entry page links (their names carry
 * a hash, known only once the pages are built), then adds a few rules for
 * the preview's own markup.
 */
import { EDITOR_PATH } from './paths.ts';

/** Site path of the preview stylesheet. */
export const PREVIEW_STYLES_PATH = `${EDITOR_PATH}preview.css`;

/** The stylesheets a built page links (`<link rel="stylesheet" href>`), in order. */
export function linkedStylesheets(html: string): string[] {
	return [...html.matchAll(/<link\b[^>]*>/gi)]
		.map(([tag]) => tag)
		.filter((tag) => /\brel=["']?stylesheet["']?/i.test(tag))
		.map((tag) => /\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag))
		.flatMap((match) => (match ? [match[1] ?? match[2] ?? match[3] ?? ''] : []))
		.filter(Boolean);
}

/**
 * The preview stylesheet: the site's stylesheets, then rules for the
 * preview's own markup (one `<section data-key-path>` per field, its label an
 * `<h4>`): the title as the page's heading, labels as quiet captions, empty
 * fields left out (specific enough to win over the preview's own scoped styles).
 */
export function previewStyles(stylesheets: readonly string[]): string {
	const imports = stylesheets.map((href) => `@import url(${JSON.stringify(href)});`).join('\n');
	return `/* The editor's preview: the stylesheets of an entry page of this build (src/lib/admin/preview.ts). */
${imports}
body {
	max-width: 48rem;
	margin: 0 auto;
	padding: 1rem 1.5rem 3rem;
}
section[data-key-path] > h4 {
	margin: 1.25rem 0 0.25rem;
	font-size: 0.8rem;
	font-weight: normal;
	letter-spacing: 0.04em;
	text-transform: uppercase;
	opacity: 0.7;
}
section[data-key-path='title'] > h4,
section[data-key-path='body'] > h4 {
	display: none;
}
body section[data-key-path='title'] > p[dir] {
	margin: 0;
	font-size: 2rem;
	font-weight: bold;
	line-height: 1.2;
}
section[data-key-path]:not(:has(> :not(h4, :empty))) {
	display: none;
}
`;
}
