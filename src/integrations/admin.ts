/**
 * The browser editor's own files in /admin/ (src/lib/admin/vendor.ts): after
 * the build, the installed @sveltia/cms's bundle, chunk, interface strings,
 * fonts and licences are copied under `admin/sveltia/<version>/` with a
 * stylesheet declaring the fonts, and /admin/preview.css is written with the
 * stylesheets of a built entry page. The page (src/pages/admin/index.astro)
 * and the configuration (src/pages/admin/config.json.ts) are ordinary routes.
 * `astro dev` serves the same files straight from node_modules.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { TYPE_NAMES } from '../entry-types/index.ts';
import { linkedStylesheets, PREVIEW_STYLES_PATH, previewStyles } from '../lib/admin/preview.ts';
import { localFonts, sveltiaPackage, vendorFiles, vendorPath } from '../lib/admin/vendor.ts';
import { globSync } from 'tinyglobby';

/** The vendor files of the installed package: `[site path below the version's folder, absolute source]`, and the fonts stylesheet. */
function vendor(root: string) {
	const pkg = sveltiaPackage(root);
	const fonts = localFonts(readFileSync(join(pkg.dir, 'dist', 'sveltia-cms.js'), 'utf8'), pkg.assets);
	return { pkg, fonts, files: vendorFiles(pkg, fonts).map(([from, to]): [string, string] => [to, join(pkg.dir, from)]) };
}

export default function admin(): AstroIntegration {
	let root = '';
	let base = '/';
	return {
		name: 'site:admin',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base;
			},
			'astro:server:setup': ({ server }) => {
				const { pkg, fonts, files } = vendor(root);
				const prefix = `${base.replace(/\/$/, '')}${vendorPath(pkg.version)}`;
				const sources = new Map(files);
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
					const type = (name: string) =>
						name.endsWith('.js')
							? 'text/javascript'
							: name.endsWith('.json')
								? 'application/json'
								: name.endsWith('.css')
									? 'text/css'
									: name.endsWith('.woff2')
										? 'font/woff2'
										: 'text/plain';
					if (path === `${base.replace(/\/$/, '')}${PREVIEW_STYLES_PATH}`) {
						// In development the site's styles are modules, not files: the preview goes without.
						return void res.writeHead(200, { 'content-type': 'text/css' }).end(previewStyles([]));
					}
					if (!path.startsWith(prefix)) return next();
					const name = path.slice(prefix.length);
					if (name === 'fonts.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(fonts.css);
					const source = sources.get(name);
					if (!source) return next();
					res.writeHead(200, { 'content-type': type(name) }).end(readFileSync(source));
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { pkg, fonts, files } = vendor(root);
				const target = join(out, vendorPath(pkg.version));
				for (const [to, from] of files) {
					mkdirSync(dirname(join(target, to)), { recursive: true });
					copyFileSync(from, join(target, to));
				}
				writeFileSync(join(target, 'fonts.css'), fonts.css);
				// The stylesheets of an entry page (the first entry found), else of the home page.
				const page = TYPE_NAMES.flatMap((type) => globSync(`${type}/*/index.html`, { cwd: out }).sort())[0] ?? 'index.html';
				writeFileSync(join(out, PREVIEW_STYLES_PATH), previewStyles(linkedStylesheets(readFileSync(join(out, page), 'utf8'))));
				logger.info(`Editor: Sveltia CMS ${pkg.version} in ${vendorPath(pkg.version)} (${files.length} files), preview styles from ${page}`);
			},
		},
	};
}
