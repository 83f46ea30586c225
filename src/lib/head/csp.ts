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
