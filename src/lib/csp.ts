/**
 * The Content Security Policy, in one place. Astro writes a `<meta>` policy
 * into every page (security.csp in astro.config.mjs) with the hashes of that
 * page's inline scripts and styles; the web server sends the full policy as a
 * header too (public/_headers, deploy/nginx/site.conf; a build test checks
 * they match this file). Browsers enforce both, so each must allow what the
 * site does:
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

/** Directives beyond script-src and style-src, for Astro's `<meta>` policy. */
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

/** The whole policy as the server sends it (header value). */
export const HEADER_POLICY = [
	...CSP_DIRECTIVES,
	`script-src ${SCRIPT_SOURCES.join(' ')}`,
	`style-src ${STYLE_SOURCES.join(' ')}`,
	"frame-ancestors 'none'",
].join('; ');
