/**
 * The allowlist Markdown bodies are sanitised with (rehype-sanitize, run after
 * rehype-raw has parsed any raw HTML into elements). It starts from GitHub's
 * schema and narrows it:
 *
 * - only text-level and structural elements stay (no script, style, iframe,
 *   object, form controls (task-list checkboxes too), media that loads by itself, or `srcset`, whose
 *   list of URLs the protocol check can't see into); script, style and the
 *   like go with their content, any other unknown element is unwrapped;
 * - no event handlers, no `style`, no `class` (except the few GFM ones), no
 *   `tabindex` or `accesskey` (they break keyboard order), no presentational
 *   attributes that the HTML standard made obsolete;
 * - links may use http, https, mailto and tel (or be relative); images load
 *   over https only (the site's Content-Security-Policy blocks http images): `javascript:`, `vbscript:` and `data:` URLs are dropped,
 *   whether written plainly, entity-encoded or as autolinks (the HTML parser
 *   decodes them before the check);
 * - every `id` (and `name`) is prefixed with `user-content-`, so an entry can't
 *   clobber the page's own ids (`main`, `search-query`…); the content-anchors
 *   plugin then points in-page links at the prefixed ids.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

export const CLOBBER_PREFIX = 'user-content-';

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];
const gfm = defaultSchema.attributes!;

export const sanitizeSchema: Schema = {
	...defaultSchema,
	clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
	clobberPrefix: CLOBBER_PREFIX,
	// No form controls at all, not even GFM task-list checkboxes (their text stays).
	required: {},
	tagNames: [
		'a',
		'abbr',
		'b',
		'blockquote',
		'br',
		'caption',
		'cite',
		'code',
		'dd',
		'del',
		'details',
		'dfn',
		'div',
		'dl',
		'dt',
		'em',
		'figcaption',
		'figure',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'hr',
		'i',
		'img',
		'ins',
		'kbd',
		'li',
		'mark',
		'ol',
		'p',
		'pre',
		'q',
		'rp',
		'rt',
		'ruby',
		's',
		'samp',
		'section',
		'small',
		'span',
		'strong',
		'sub',
		'summary',
		'sup',
		'table',
		'tbody',
		'td',
		'tfoot',
		'th',
		'thead',
		'time',
		'tr',
		'u',
		'ul',
		'var',
	],
	// Removed with everything inside them; other elements not listed above are unwrapped.
	strip: [
		'script',
		'style',
		'iframe',
		'frame',
		'frameset',
		'object',
		'embed',
		'applet',
		'noscript',
		'noembed',
		'noframes',
		'template',
		'title',
		'textarea',
		'select',
		'option',
		'button',
		'input',
		'svg',
		'math',
		'video',
		'audio',
		'canvas',
		'map',
		'source',
	],
	attributes: {
		'*': ['dir', 'id', 'lang', 'title'],
		a: [...aria, 'href', 'hrefLang', ...(gfm['a'] ?? []).filter((attribute) => attribute !== 'href' && !aria.includes(String(attribute)))],
		abbr: ['title'],
		blockquote: ['cite'],
		code: gfm['code'] ?? [],
		del: ['cite', 'dateTime'],
		details: ['open'],
		dl: aria,
		h2: gfm['h2'] ?? [],
		img: [...aria, 'alt', 'height', 'src', 'width'],
		ins: ['cite', 'dateTime'],
		li: [...(gfm['li'] ?? []), 'value'],
		ol: [...aria, 'reversed', 'start', ...(gfm['ol'] ?? []).filter((attribute) => !aria.includes(String(attribute)))],
		q: ['cite'],
		section: gfm['section'] ?? [],
		summary: aria,
		table: aria,
		td: ['colSpan', 'headers', 'rowSpan'],
		th: ['abbr', 'colSpan', 'headers', 'rowSpan', 'scope'],
		time: ['dateTime'],
		ul: gfm['ul'] ?? [],
	},
	protocols: {
		cite: ['http', 'https'],
		href: ['http', 'https', 'mailto', 'tel'],
		src: ['https'],
	},
};
