import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.ts';
import { DEV_PORT, NGINX_SITE, SITES, siteUrl } from './tests/e2e/sites.ts';

// nginx (deploy/nginx/site.conf) listens on a free port, picked once by the
// runner; its workers read the same config and inherit the choice.
process.env['NGINX_PORT'] ??= execFileSync(
	process.execPath,
	['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })"],
	{ encoding: 'utf8' },
).trim();
const nginxUrl = `http://127.0.0.1:${process.env['NGINX_PORT']}${NGINX_SITE.base}`;
/** Specs that run once, against nginx, rather than against every site (the editor's with the real headers). */
const NGINX_SPECS = /(a11y|csp-nginx|keyboard|admin)\.spec\.ts$/;
/** Specs that run against `astro dev` (the launch content), started here. */
const DEV_SPECS = /dev\.spec\.ts$/;

// Debian's Chromium, never a downloaded browser. The sites are built by
// tests/e2e/build-sites.ts (npm run test:e2e does both) and served here.
export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env['CI'] ? 'list' : 'line',
	use: { launchOptions: chromiumLaunchOptions, trace: 'off' },
	projects: [
		...SITES.map((site) => ({
			name: site.name,
			// A site's own specs run on it alone; the launch sites run every other spec.
			testMatch: site.specs ?? /\.spec\.ts$/,
			testIgnore: [NGINX_SPECS, DEV_SPECS, ...(site.specs ? [] : SITES.flatMap((other) => (other.specs ? [other.specs] : [])))],
			use: { baseURL: siteUrl(site), timezoneId: site.timezone === 'UTC' ? 'UTC' : site.timezone },
		})),
		{ name: 'nginx', testMatch: NGINX_SPECS, use: { baseURL: nginxUrl, timezoneId: NGINX_SITE.timezone } },
		{ name: 'dev', testMatch: DEV_SPECS, use: { baseURL: `http://127.0.0.1:${DEV_PORT}/` } },
	],
	webServer: [
		...SITES.map((site) => ({
			command: `node tests/e2e/serve.ts ${site.dir} ${site.port} ${site.base}`,
			url: siteUrl(site),
			reuseExistingServer: !process.env['CI'],
			stdout: 'ignore' as const,
		})),
		{ command: `node tests/e2e/nginx.ts ${NGINX_SITE.dir} ${process.env['NGINX_PORT']}`, url: nginxUrl, reuseExistingServer: false, stdout: 'ignore' as const },
		{
			command: `node node_modules/astro/bin/astro.mjs dev --host 127.0.0.1 --port ${DEV_PORT}`,
			url: `http://127.0.0.1:${DEV_PORT}/`,
			reuseExistingServer: false,
			stdout: 'ignore' as const,
			timeout: 120_000,
		},
	],
});
