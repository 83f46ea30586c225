/**
 * The site as deployed: nginx with deploy/nginx/site.conf, under a sub-path.
 * Security headers on every response, caching and compression, the custom
 * 404, and every template (search included) working under the header and
 * meta Content Security Policies with no violation reported.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HEADER_POLICY } from '../../src/lib/head/csp.ts';
import { NGINX_SITE } from './sites.ts';
import { TEMPLATE_PAGES } from './templates.ts';

/** Collects CSP violations, as events in the page and as console messages. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	const messages: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __csp: string[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
	});
	return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test('security headers on pages, assets and errors', async ({ page, request }) => {
	await page.goto('./');
	const css = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
	for (const [path, status] of [
		['./', 200],
		[css!, 200],
		['./feeds/all.rss', 200],
		['./no-such-page/', 404],
		['/outside-the-base/', 404],
	] as const) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(status);
		const headers = response.headers();
		expect(headers['content-security-policy'], path).toBe(HEADER_POLICY);
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(Number(headers['strict-transport-security']?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(15_552_000);
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
		expect(headers['server']).toBe('nginx');
	}
});

test('caching: a year for hashed assets, revalidation for HTML and the search entry files', async ({ page, request }) => {
	await page.goto('./');
	const css = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
	expect(css).toMatch(/\/_astro\/.+\.[\w-]{8}\.css$/);
	expect((await request.get(css!)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	for (const path of ['./', './news/', './pagefind/en/pagefind.js', './pagefind/en/pagefind-entry.json', './no-such-page/']) {
		expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=0, must-revalidate');
	}
});

test('compression: gzip, and brotli where nginx has the module', async ({ request }) => {
	const gzip = await request.get('./', { headers: { 'accept-encoding': 'gzip' } });
	expect(gzip.headers()['content-encoding']).toBe('gzip');
	expect(gzip.headers()['vary']).toContain('Accept-Encoding');
	const br = await request.get('./', { headers: { 'accept-encoding': 'br' } });
	// .ci/run installs Debian's module; elsewhere nginx may lack it (tests/e2e/nginx.ts then drops the brotli lines).
	expect(br.headers()['content-encoding']).toBe(existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so') ? 'br' : undefined);
});

test('precompressed twins: pages, stylesheets and feeds are sent as the build compressed them', async ({ page, request }) => {
	await page.goto('./');
	// The site's main stylesheet; the small ones (under 1 KB) have no twins.
	const styles = await page.locator('link[rel=stylesheet]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	const css = styles.map((href) => href.replace(NGINX_SITE.base, '')).find((file) => statSync(join(NGINX_SITE.dir, file)).size >= 1024)!;
	const encodings = [['gzip', '.gz'], ...(existsSync('/usr/lib/nginx/modules/ngx_http_brotli_static_module.so') ? [['br', '.br']] : [])];
	for (const [path, file] of [
		['./', 'index.html'],
		['./news/', 'news/index.html'],
		[css, css],
		['./feeds/all.rss', 'feeds/all.rss'],
	] as const) {
		for (const [encoding, suffix] of encodings) {
			const response = await request.get(path, { headers: { 'accept-encoding': encoding! } });
			expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(encoding);
			// nginx compressing on the fly sends no length; a twin is sent whole, with its own.
			expect(response.headers()['content-length'], `${path} ${encoding}`).toBe(String(statSync(join(NGINX_SITE.dir, file + suffix)).size));
		}
	}
});

test('unknown URLs get the site’s 404 page, with status 404', async ({ page }) => {
	const response = await page.goto('./no/such/page/');
	expect(response!.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// Its stylesheet loads from the base path, whatever the depth of the URL.
	expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).not.toBe('');
	await expect(page.getByRole('link', { name: 'News', exact: true }).first()).toHaveAttribute('href', '/smuggling-of-migrants/news/');
});

test('a directory without its slash is redirected to it under the base', async ({ page }) => {
	await page.goto('./news');
	await expect(page).toHaveURL(/\/smuggling-of-migrants\/news\/$/);
});

for (const { name, path } of TEMPLATE_PAGES) {
	test(`${name}: loads under both policies with no violation`, async ({ page }) => {
		const violations = await watchCsp(page);
		const failed: string[] = [];
		page.on('requestfailed', (request) => failed.push(request.url()));
		page.on('response', (response) => {
			if (response.status() >= 400 && !response.url().includes('no-such-page')) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
		expect(meta).not.toContain('unsafe-inline');
		if (name.startsWith('search')) await expect(page.locator('#search-results > li').first()).toBeVisible();
		// Stylesheets applied (a blocked stylesheet would leave the skip link on screen).
		expect(await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().bottom)).toBeLessThanOrEqual(0);
		await page.waitForLoadState('networkidle');
		expect(failed).toEqual([]);
		expect(await violations()).toEqual([]);
	});
}

test('search works under the policy: worker, WebAssembly, filters, results', async ({ page }) => {
	const violations = await watchCsp(page);
	const worker = page.waitForEvent('worker');
	await page.goto('./search/');
	await page.getByRole('searchbox', { name: 'Search for' }).fill('model law');
	await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
	await expect(page.getByRole('status')).toContainText(/\d+ results? for/);
	await expect(page.locator('#search-results > li').first().getByRole('heading')).toHaveText(/Model Law on Smuggling of Migrants/);
	// Pagefind's worker, started through the script that checks its fetches (src/scripts/pagefind-guard-worker.ts).
	expect((await worker).url()).toMatch(
		/\/smuggling-of-migrants\/_astro\/pagefind-guard-worker-[\w-]+\.js\?src=http[^&]*%2Fsmuggling-of-migrants%2Fpagefind(-browse)?%2Fpagefind-worker\.js$/,
	);
	await page
		.getByRole('group', { name: 'Type' })
		.getByRole('checkbox', { name: /Publications/ })
		.check();
	await expect(page).toHaveURL(/type=publications/);
	await expect(page.locator('#search-results > li').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
	const violations = await watchCsp(page);
	await page.goto('./');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await new Promise((resolve) => setTimeout(resolve, 100));
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
	await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
});
