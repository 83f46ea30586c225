/**
 * The shipped deployment configs (public/_headers, deploy/nginx/site.conf)
 * agree with src/lib/head/csp.ts and carry the required headers. The end-to-end
 * tests run nginx with site.conf and check the headers as served.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, HEADER_POLICY, META_POLICY, SCRIPT_SOURCES } from '../../../src/lib/head/csp.ts';

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
/** `add_header Name "value" always;` lines of site.conf. */
const nginxHeaders = Object.fromEntries(
	[...nginx.matchAll(/^\s*add_header ([\w-]+) "?(.+?)"? always;$/gm)].map((match) => [match[1]!.toLowerCase(), match[2]!]),
);

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
		...['pagefind', 'pagefind-browse'].flatMap((bundle) => ['index', 'fragment', 'filter'].map((part) => `/${bundle}/${part}/*`)),
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

test('the data API is readable from any origin, on both hosts, and nothing else is', () => {
	expect(headersFile).toMatch(/^\/api\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
	expect(globalRule['access-control-allow-origin']).toBeUndefined();
	expect(nginx).toMatch(/^\s*~\^\/smuggling-of-migrants\/api\/ "\*";$/m);
	expect(nginx).toMatch(/^\s*default "";$/m);
	expect(nginxHeaders['access-control-allow-origin']).toBe('$smom_cors');
});
