/**
 * Compresses the pages while Astro renders them, when scripts/build.ts asks
 * for it (it names its twins folder in COMPRESS_TWINS_ENV): every rendered
 * route is handed to a thread of its own (scripts/lib/build/render-compressor.ts)
 * on its way from the renderer to the file Astro writes. The build script's
 * compression pass after Astro then finds those twins current and makes only
 * the rest. Plain `astro build` compresses nothing, as before.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderedFile, startRenderCompressor, type RenderCompressor } from '../../scripts/lib/build/render-compressor.ts';

/** When set, the folder of compressed twins for the build's output (scripts/build.ts sets it). */
export const COMPRESS_TWINS_ENV = 'SITE_COMPRESS_TWINS';

export interface CompressWhileRenderingOptions {
	/** Files routes hand over to integrations, which remove them before the output is compressed: not worth compressing. */
	handOvers?: readonly string[];
}

export default function compressWhileRendering({ handOvers = [] }: CompressWhileRenderingOptions = {}): AstroIntegration {
	let site = '';
	let base = '/';
	let compressor: RenderCompressor | undefined;
	const skipped = new Set(handOvers);
	return {
		name: 'site:compress-while-rendering',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = fileURLToPath(config.outDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': ({ setPrerenderer }) => {
				const twins = process.env[COMPRESS_TWINS_ENV];
				if (!twins) return;
				setPrerenderer((prerenderer) => {
					const render = prerenderer.render.bind(prerenderer);
					const setup = prerenderer.setup?.bind(prerenderer);
					prerenderer.setup = async () => {
						await setup?.();
						compressor = startRenderCompressor(site, twins);
					};
					prerenderer.render = async (request, options) => {
						const rendered = await render(request, options);
						const response = rendered instanceof Response ? rendered : rendered.response;
						if (!compressor || response.status !== 200 || !response.body) return rendered;
						const pathname = new URL(request.url).pathname;
						const file = renderedFile(pathname.startsWith(base) ? pathname.slice(base.length) : pathname, options.routeData.type);
						if (skipped.has(file)) return rendered;
						const bytes = new Uint8Array(await response.arrayBuffer());
						compressor.add(file, bytes);
						// The body was read: Astro gets the same bytes in a response of its own.
						const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
						return rendered instanceof Response ? copy : { ...rendered, response: copy };
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!compressor) return;
				const counts = await compressor.stop();
				compressor = undefined;
				logger.info(`${counts.compressed} page(s) compressed while rendering; ${counts.left} left to the compression pass`);
			},
		},
	};
}
