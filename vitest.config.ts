import { defineConfig } from 'vitest/config';

// Unit tests (pure modules) and tool tests (scripts/ run as child processes).
// End-to-end tests live in tests/e2e and run with `npm run test:e2e`.
export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/tools/**/*.test.ts'],
		testTimeout: 60_000,
	},
});
