import { defineConfig } from '@playwright/test';
import { SITES, siteUrl } from './tests/e2e/sites.ts';

// Debian's Chromium, never a downloaded browser. The sites are built by
// tests/e2e/build-sites.ts (npm run test:e2e does both) and served here.
const launchOptions = {
	executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env['CI'] ? 'list' : 'line',
	use: { launchOptions, trace: 'off' },
	projects: SITES.map((site) => ({
		name: site.name,
		testMatch: site.name === 'paging' ? /paging\.spec\.ts/ : /^(?!.*paging\.spec).*\.spec\.ts$/,
		use: { baseURL: siteUrl(site), timezoneId: site.timezone === 'UTC' ? 'UTC' : site.timezone },
	})),
	webServer: SITES.map((site) => ({
		command: `node tests/e2e/serve.ts ${site.dir} ${site.port} ${site.base}`,
		url: siteUrl(site),
		reuseExistingServer: !process.env['CI'],
		stdout: 'ignore',
	})),
});
