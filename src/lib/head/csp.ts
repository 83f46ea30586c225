/**
 * The Content Security Policy, in one place. Every built page carries it in a
 * `<meta>` (BaseLayout; not in `astro dev`, which injects styles inline), so
 * it holds on any host; the web server sends the full policy as a header too
 * (public/_headers, deploy/nginx/site.conf; tests check they match this file). Browsers enforce both, so each must allow what
 * the site does. No page has an inline script or style, so the policy needs
 * no hashes and is the same on every page. (Astro's `security.csp` hashed
 * every page's scripts and styles anew, seconds of a large build, for
 * hashes of scripts no page inlines.) It allows:
 *
 * - scripts: the site's own bundles only (no inline script runs; JSON-LD data
 *   blocks are never executed), plus `'wasm-unsafe-eval'` for Pagefind's
 *   WebAssembly search;
 * - styles: the site's own stylesheets (Astro emits no inline styles:
 *   build.inlineStylesheets is 'never');
 * - Pagefind's worker (`pagefind-worker.js`, `blob:` for versions that build it
 *   from a blob) and its index fetches (`connect-src 'self'`);
 * - images from the site or over https (entry photos may be hosted elsewhere).
 *
 * `frame-ancestors` is ignored in a `<meta>` policy, so only the header has it.
 */

/** Directives beyond script-src and style-src. */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' https:",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** The policy in every page's `<meta>`: `frame-ancestors` is left out, as a `<meta>` policy ignores it. */
export const META_POLICY = [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`].join('; ');

/** The whole policy as the server sends it (header value). */
export const HEADER_POLICY = `${META_POLICY}; frame-ancestors 'none'`;

/**
 * The browser editor's policy, for /admin/ only (docs/editing.md): the
 * public pages keep the one above. Sveltia CMS needs, besides the site's own
 * files:
 *
 * - `style-src 'unsafe-inline'`: its components inject `<style>` elements
 *   and style attributes at run time (scripts stay `'self'`: no inline
 *   script, no eval, nothing from a CDN);
 * - `img-src data: blob: https:`: previews of files picked for upload before
 *   they are saved (blob:), its data: icons, entry photos hosted elsewhere,
 *   and the signed-in user's GitHub or GitLab avatar;
 * - `media-src blob:`: previews of picked audio and video files;
 * - `connect-src data: blob:`: it reads picked files and previews back with
 *   `fetch`; `https://api.github.com` and `https://gitlab.com`: the GitHub
 *   and GitLab backends (a self-hosted GitLab needs its address here too);
 * - `frame-src blob:`: the preview pane is an iframe on a blob: document;
 * - `worker-src blob:`: workers it starts from blob: URLs.
 *
 * What the stock bundle would fetch from CDNs and status pages (fonts,
 * interface strings, update and status checks) is refused by this policy;
 * /admin/ serves its own copy of the fonts and strings.
 */
export const ADMIN_CSP_DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob: https:",
	"media-src 'self' blob:",
	"font-src 'self'",
	"connect-src 'self' data: blob: https://api.github.com https://gitlab.com",
	'frame-src blob:',
	"worker-src 'self' blob:",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** The editor's policy in its page's `<meta>` (no `frame-ancestors`, which a `<meta>` ignores). */
export const ADMIN_META_POLICY = ADMIN_CSP_DIRECTIVES.join('; ');

/** The editor's policy as the server sends it for /admin/. */
export const ADMIN_HEADER_POLICY = `${ADMIN_META_POLICY}; frame-ancestors 'none'`;
