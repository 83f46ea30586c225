/**
 * What `npm run build` (scripts/build.ts) adds to Astro's rendering, through
 * a wrapper around its prerenderer (`setPrerenderer`, of which Astro keeps one):
 *
 * - Every route's file is written as a new file: the one the last build left
 *   in the work folder is removed just before Astro writes the page again, so
 *   Astro never writes over a file in place. Publishing can then hard-link the
 *   pages into the output folder instead of copying them, without the next
 *   build ever changing a published page (scripts/lib/build/publish.ts). The
 *   files of every route are listed for it in ROUTE_FILES_ENV's file.
 * - A hand-over file (a route's output that an integration reads, such as
 *   the data files') goes to the integration that takes it as soon as it is
 *   rendered, so that it can start on it while Astro renders the rest.
 * - Pages are compressed while Astro renders them (COMPRESS_TWINS_ENV names
 *   the twins' folder): every rendered route is handed to a thread of its own
 *   (scripts/lib/build/render-compressor.ts) on its way from the renderer to
 *   the file Astro writes. The compression pass after Astro then finds those
 *   twins current and makes only the rest.
 *
 * Plain `astro build` sets neither, and renders as Astro does.
 */
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderedFile, startRenderCompressor, type RenderCompressor } from '../../scripts/lib/build/render-compressor.ts';

/** When set, the folder of compressed twins for the build's output (scripts/build.ts sets it). */
export const COMPRESS_TWINS_ENV = 'SITE_COMPRESS_TWINS';
/** When set, the file where the build lists its routes' files (JSON array of paths relative to the output, `/`-separated), each written as a new file. */
export const ROUTE_FILES_ENV = 'SITE_ROUTE_FILES';

const ignoreMissing = (error: NodeJS.ErrnoException) => {
	if (error.code !== 'ENOENT') throw error;
};

export interface StagedRenderingOptions {
	/** Files routes hand over to integrations, which remove them before the output is compressed: not worth compressing. */
	handOvers?: readonly string[];
	/** Per hand-over file, the integration that takes its bytes as soon as they are rendered, to start on them while the walk goes on. */
	takers?: Readonly<Record<string, (bytes: Uint8Array) => void>>;
}

export default function stagedRendering({ handOvers = [], takers = {} }: StagedRenderingOptions = {}): AstroIntegration {
	let site = '';
	let base = '/';
	let compressor: RenderCompressor | undefined;
	let routeFiles: string[] | undefined;
	const skipped = new Set(handOvers);
	return {
		name: 'site:staged-rendering',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				const twins = process.env[COMPRESS_TWINS_ENV];
				const listed = process.env[ROUTE_FILES_ENV];
				if (!twins && !listed) return;
				setPrerenderer((prerenderer) => {
					const render = prerenderer.render.bind(prerenderer);
					const setup = prerenderer.setup?.bind(prerenderer);
					const getStaticPaths = prerenderer.getStaticPaths.bind(prerenderer);
					prerenderer.setup = async () => {
						await setup?.();
						if (twins) compressor = startRenderCompressor(site, twins);
					};
					prerenderer.getStaticPaths = async () => {
						const paths = await getStaticPaths();
						// Astro's paths are relative to the output folder, base left out.
						if (listed) routeFiles = paths.map(({ pathname, route }) => renderedFile(pathname, route.type));
						return paths;
					};
					prerenderer.render = async (request, options) => {
						const rendered = await render(request, options);
						const pathname = new URL(request.url).pathname;
						const file = renderedFile(pathname.startsWith(base) ? pathname.slice(base.length) : pathname, options.routeData.type);
						// Astro writes the page once this returns: into a new file, never into the one the last build published.
						if (listed) await unlink(join(site, file)).catch(ignoreMissing);
						const response = rendered instanceof Response ? rendered : rendered.response;
						const taker = Object.hasOwn(takers, file) ? takers[file] : undefined;
						const compressed = compressor && !skipped.has(file);
						if (response.status !== 200 || !response.body || !(taker || compressed)) return rendered;
						const bytes = new Uint8Array(await response.arrayBuffer());
						if (compressed) compressor!.add(file, bytes);
						taker?.(bytes);
						// The body was read: Astro gets the same bytes in a response of its own.
						const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
						return rendered instanceof Response ? copy : { ...rendered, response: copy };
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ logger }) => {
				const listed = process.env[ROUTE_FILES_ENV];
				if (listed && routeFiles) await writeFile(listed, JSON.stringify(routeFiles));
				if (!compressor) return;
				const counts = await compressor.stop();
				compressor = undefined;
				logger.info(`${counts.compressed} page(s) compressed while rendering; ${counts.left} left to the compression pass`);
			},
		},
	};
}
