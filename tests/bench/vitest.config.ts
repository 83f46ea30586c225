import { defineConfig } from 'vitest/config';

// Tests of the benchmark and measurement tools (scripts/bench*.ts, scripts/lib/{corpus,measure,floor,lighthouse}.ts):
// `npm run test:bench`, not part of `npm test` (the product does not depend on them).
export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/bench/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
