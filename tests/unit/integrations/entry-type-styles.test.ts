import { describe, expect, test } from 'vitest';
import { ENTRY_TYPES } from '../../../src/entry-types/index.ts';
import { entryTypeStyles } from '../../../src/integrations/entry-type-styles.ts';

describe('entryTypeStyles', () => {
	test('a token and a label rule per type', () => {
		expect(
			entryTypeStyles([
				{ name: 'news', colour: '#0b5f33' },
				{ name: 'speeches', colour: '#123456' },
			]),
		).toBe(
			':root {\n\t--c-news: #0b5f33;\n\t--c-speeches: #123456;\n}\n.type-label--news { background: var(--c-news); }\n.type-label--speeches { background: var(--c-speeches); }\n',
		);
	});

	test.each(ENTRY_TYPES.map((type) => type.name))('the site stylesheet has %s', (name) => {
		expect(entryTypeStyles(ENTRY_TYPES)).toContain(`.type-label--${name} { background: var(--c-${name}); }`);
	});
});
