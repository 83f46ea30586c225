// ESLint: JavaScript's and TypeScript's recommended rules, and Astro's for components and pages.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'node_modules/',
			'dist/',
			'.dist.next/',
			'.dist.previous/',
			'tmp/',
			'.astro/',
			'tests/.sites/',
			'tests/.reports/',
			'test-results/',
			'playwright-report/',
			'tests/fixtures/**/dist/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// Unused arguments named _x are deliberate (callbacks with a fixed signature).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Control characters are matched on purpose: refused in content, stripped from terminal output.
			'no-control-regex': 'off',
		},
	},
);
