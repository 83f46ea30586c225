/**
 * The shipped deployment configs (public/_headers, deploy/nginx/site.conf)
 * agree with src/lib/head/csp.ts and carry the required headers. The end-to-end
 * tests run nginx with site.conf and check the headers as served.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ADMIN_HEADER_POLICY, ADMIN_META_POLICY, CSP_DIRECTIVES, HEADER_POLICY, META_POLICY, SCRIPT_SOURCES } from '../../../src/lib/head/csp.ts';

const headersFile = readFileSync('public/_headers', 'utf8');
const nginx = readFileSync('deploy/nginx/site.conf', 'utf8');

/** `Name: value` lines of the `/*` rule of _headers. */
const globalRule = Object.fromEntries(
	(headersFile.split(/^\/\*\s*$/m)[1] ?? '')
		.split(/^\S/m)[0]!
		.split('\n')
		.map((line) => line.trim().match(/^([\w-]+):\s*(.+)$/))
		.filter((match) => match !== null)
		.map((match) => [match[1]!.toLowerCase(), match[2]!]),
);
/** The editor's block of site.conf (its location), and the rest. */
const [nginxBefore = '', nginxRest = ''] = nginx.split(/^\s*# ---- The browser editor, \/admin\/ \(docs\/editing\.md\) -+$/m);
const [nginxAdmin = '', nginxAfter = ''] = nginxRest.split(/^\s*# ---- end of the editor's block ----$/m);
/** `add_header Name "value" always;` lines of a part of site.conf. */
const addHeaders = (text: string) =>
	Object.fromEntries([...text.matchAll(/^\s*add_header ([\w-]+) "?(.+?)"? always;$/gm)].map((match) => [match[1]!.toLowerCase(), match[2]!]));
/** The server's headers (every location but the editor's). */
const nginxHeaders = addHeaders(nginxBefore + nginxAfter);

describe.each([
	['public/_headers', globalRule],
	['deploy/nginx/site.conf', nginxHeaders],
])('%s', (_, headers) => {
	test('the CSP is the one in src/lib/head/csp.ts, with frame-ancestors', () => {
		expect(headers['content-security-policy']).toBe(HEADER_POLICY);
		expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
		expect(HEADER_POLICY).not.toContain('unsafe-inline');
		expect(HEADER_POLICY).not.toContain("'unsafe-eval'");
	});
	test('HSTS of six months or more, nosniff, a strict referrer policy, no framing', () => {
		expect(Number(headers['strict-transport-security']?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(15_552_000);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
		expect(headers['x-frame-options']).toBe('DENY');
	});
});

test('the meta policy allows what Pagefind needs and nothing inline, and is the header policy but for frame-ancestors', () => {
	expect(SCRIPT_SOURCES).toContain("'wasm-unsafe-eval'");
	expect(CSP_DIRECTIVES).toContain("worker-src 'self' blob:");
	expect(META_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|sha256-|frame-ancestors/);
	expect(HEADER_POLICY).toBe(`${META_POLICY}; frame-ancestors 'none'`);
});

test('_headers caches hashed assets for a year, and no two rules set the same header on one path', () => {
	for (const path of [
		'/_astro/*',
		// The full-text index is one bundle per language (pagefind/<lang>/), the browse index one.
		...['pagefind/:lang', 'pagefind-browse'].flatMap((bundle) => ['index', 'fragment', 'filter'].map((part) => `/${bundle}/${part}/*`)),
	]) {
		expect(headersFile).toMatch(new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\\n  Cache-Control: public, max-age=31536000, immutable$`, 'm'));
	}
	expect(globalRule['cache-control']).toBeUndefined();
});

test('nginx: precompressed twins first, then gzip and brotli; the deploy’s current link as root; the 404 page, short-lived HTML', () => {
	expect(nginx).toMatch(/^\s*gzip_static on;/m);
	expect(nginx).toMatch(/^\s*brotli_static on;/m);
	expect(nginx).toMatch(/^\s*gzip on;/m);
	expect(nginx).toMatch(/^\s*brotli on;/m);
	expect(nginx).toMatch(/^\s*root \/var\/www\/smuggling-of-migrants-site\/current;/m);
	// A cache of open files would keep serving the release a deploy switched away from.
	expect(nginx).not.toMatch(/^\s*open_file_cache\s+(?!off)/m);
	expect(nginx).toMatch(/^\s*error_page 404 \/smuggling-of-migrants\/404\.html;/m);
	expect(nginx).toMatch(/~\/\$ "public, max-age=0, must-revalidate";/);
});

describe('the browser editor, /admin/: its own policy, nothing else loosened', () => {
	/** `Name: value` lines (and `! Name` removals) of the `/admin/*` rule of _headers. */
	const adminRule = (headersFile.split(/^\/admin\/\*\s*$/m)[1] ?? '').split(/^\S/m)[0]!;
	const adminHeaders = Object.fromEntries(
		adminRule
			.split('\n')
			.map((line) => line.trim().match(/^([\w-]+):\s*(.+)$/))
			.filter((match) => match !== null)
			.map((match) => [match[1]!.toLowerCase(), match[2]!]),
	);
	const locationHeaders = addHeaders(nginxAdmin);

	test('the policy is ADMIN_HEADER_POLICY of csp.ts in both, with frame-ancestors; scripts still only the site’s own', () => {
		expect(adminHeaders['content-security-policy']).toBe(ADMIN_HEADER_POLICY);
		expect(locationHeaders['content-security-policy']).toBe(ADMIN_HEADER_POLICY);
		expect(ADMIN_HEADER_POLICY).toBe(`${ADMIN_META_POLICY}; frame-ancestors 'none'`);
		expect(ADMIN_META_POLICY).toContain("script-src 'self';");
		expect(ADMIN_META_POLICY).not.toMatch(/'unsafe-eval'|script-src[^;]*(unsafe-inline|https:|\*)/);
		expect(ADMIN_META_POLICY).toContain("style-src 'self' 'unsafe-inline'");
		for (const source of ["img-src 'self' data: blob:", "connect-src 'self' data: blob:", 'frame-src blob:']) expect(ADMIN_META_POLICY).toContain(source);
	});
	test('_headers replaces the site-wide policy and opener policy there instead of adding to them', () => {
		expect(adminRule).toMatch(/^\s+! Content-Security-Policy$/m);
		expect(adminRule).toMatch(/^\s+! Cross-Origin-Opener-Policy$/m);
		expect(headersFile.indexOf('/admin/*')).toBeGreaterThan(headersFile.indexOf('/*'));
	});
	test('noindex, and the sign-in window may report back', () => {
		for (const headers of [adminHeaders, locationHeaders]) {
			expect(headers['x-robots-tag']).toBe('noindex');
			expect(headers['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
		}
	});
	test('nginx repeats every other security header of the server in the editor’s location', () => {
		for (const [name, value] of Object.entries(nginxHeaders)) {
			// The editor needs no CORS: the data API's header is for /api/ only.
			if (['content-security-policy', 'cross-origin-opener-policy', 'cache-control', 'access-control-allow-origin'].includes(name)) continue;
			expect(locationHeaders[name], name).toBe(value);
		}
		expect(nginxAdmin).toMatch(/location \^~ \/smuggling-of-migrants\/admin\/ \{/);
		expect(locationHeaders['cache-control']).toBe('$smom_admin_cache_control');
		expect(nginx).toMatch(/~\^\/smuggling-of-migrants\/admin\/sveltia\/ "public, max-age=31536000, immutable";/);
		expect(headersFile).toMatch(/^\/admin\/sveltia\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
	});
});

test('the data API is readable from any origin, on both hosts, and nothing else is', () => {
	expect(headersFile).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
	expect(globalRule['access-control-allow-origin']).toBeUndefined();
	expect(nginx).toMatch(/^\s*~\^\/smuggling-of-migrants\/api\/ "\*";$/m);
	expect(nginx).toMatch(/^\s*default "";$/m);
	expect(nginxHeaders['access-control-allow-origin']).toBe('$smom_cors');
});
