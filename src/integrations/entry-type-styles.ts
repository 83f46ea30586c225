/**
 * The stylesheet of the entry types, made from their descriptors
 * (src/entry-types/): a colour token per type (`--c-news`) and its label
 * style. It is a Vite module (`virtual:entry-type-styles.css`, imported by
 * the base layout), bundled into the site's one stylesheet, so a new type
 * gets its colour without editing CSS and no page needs an inline style
 * (the Content Security Policy allows none).
 */
import type { AstroIntegration } from 'astro';
import { ENTRY_TYPES } from '../entry-types/index.ts';

export const MODULE_ID = 'virtual:entry-type-styles.css';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The CSS of the types: their tokens, then one label rule each. */
export function entryTypeStyles(types: readonly { name: string; colour: string }[]): string {
	const tokens = types.map((type) => `\t--c-${type.name}: ${type.colour};`).join('\n');
	const labels = types.map((type) => `.type-label--${type.name} { background: var(--c-${type.name}); }`).join('\n');
	return `:root {\n${tokens}\n}\n${labels}\n`;
}

export default function entryTypeStylesIntegration(): AstroIntegration {
	return {
		name: 'site:entry-type-styles',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'site:entry-type-styles',
								resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
								load: (id) => (id === RESOLVED_ID ? entryTypeStyles(ENTRY_TYPES) : undefined),
							},
						],
					},
				});
			},
		},
	};
}
