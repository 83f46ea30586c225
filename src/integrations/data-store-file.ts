/**
 * Lets the build read Astro's content data store from its file instead of
 * compiling it into the server bundle. Astro turns the store into a module
 * `export default JSON.parse("…")` holding the whole store as one string
 * literal; V8 compiles such a module in time that grows much faster than the
 * literal, while reading and parsing the same file at run time grows with
 * its size, and the bundler no longer carries the literal either (figures in
 * docs/performance.md).
 *
 * Only `astro build` is changed, and only Astro's single-file store in the
 * form described: anything else (another Astro version's module, a missing
 * file) is left as Astro made it, which is slower but the same.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id of Astro's data store module (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module, reading the store file at run time, that replaces Astro's; `file` is absolute. */
export function dataStoreModule(file: string): string {
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export default function dataStoreFile(): AstroIntegration {
	return {
		name: 'site:data-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'site:data-store-file',
								enforce: 'post',
								transform(code, id) {
									if (id !== DATA_STORE_MODULE || !code.startsWith('export default JSON.parse(') || !existsSync(file)) return undefined;
									return { code: dataStoreModule(file), map: null };
								},
							},
						],
					},
				});
			},
		},
	};
}
