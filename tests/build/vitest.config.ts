import { defineConfig } from 'vitest/config';

// Tests of a built site. By default they read the launch site that
// tests/e2e/build-sites.ts builds under a sub-path (run `npm run test:sites`
// first); DIST_DIR, SITE_URL and BASE_PATH point them at another build.
export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/build/**/*.test.ts'],
		testTimeout: 120_000,
		// Removing a built site's temporary folders takes longer than Vitest's 10 s on a busy machine.
		hookTimeout: 120_000,
		env: {
			DIST_DIR: process.env['DIST_DIR'] ?? 'tests/.sites/launch-pago-pago-subpath',
			SITE_URL: process.env['SITE_URL'] ?? 'https://www.example.org',
			BASE_PATH: process.env['BASE_PATH'] ?? '/smuggling-of-migrants/',
		},
	},
});
