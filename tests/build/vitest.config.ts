import { defineConfig } from 'vitest/config';

// Tests of a built site: run after `npm run build`, with the same SITE_URL and BASE_PATH.
export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/build/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
