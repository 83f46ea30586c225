/**
 * Writes the data files (the data API's documents, the citation files) from
 * the one hand-over file the build renders (src/pages/data-files.ndjson.ts),
 * leaving alone those whose bytes are unchanged (src/lib/build-cache/data-files.ts),
 * and deletes the hand-over. It runs before the stale-output integration,
 * which takes `files` as this build's own.
 *
 * Under `npm run build` the rendering wrapper (src/integrations/staged-rendering.ts)
 * hands the route's bytes over as soon as they are rendered (`takeHandOver`),
 * and the files are written on a thread while Astro renders the other routes
 * (src/lib/build-cache/data-files-thread.ts); the build hook then only waits
 * for it. Plain `astro build` writes them in the hook.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_FILES_HANDOVER, handedOver, isDataFile, writeDataFiles } from '../lib/build-cache/data-files.ts';
import { writeDataFilesOnThread, type DataFilesThreadResult } from '../lib/build-cache/data-files-thread.ts';

export interface DataFilesIntegration {
	integration: AstroIntegration;
	/** The data files of the last build (absolute paths), once its build:done hook has run. */
	files: () => ReadonlySet<string>;
	/** Starts writing the data files from the hand-over's bytes, as rendered, while the build goes on. */
	takeHandOver: (bytes: Uint8Array) => void;
}

export default function dataFiles(): DataFilesIntegration {
	let files: ReadonlySet<string> = new Set();
	let stampsFile = '';
	let site = '';
	let writing: Promise<DataFilesThreadResult | Error> | undefined;
	const integration: AstroIntegration = {
		name: 'site:data-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				stampsFile = join(fileURLToPath(config.cacheDir), 'data-file-stamps.json');
				site = fileURLToPath(config.outDir);
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const out = fileURLToPath(dir);
				const started = writing;
				writing = undefined;
				// Waited for before anything can fail: the thread is never left writing.
				const written = started && (await started);
				// A route writing a data file would write it in place, into an inode the published output may share.
				const routed = [...assets.values()].flat().find((url) => isDataFile(relative(out, fileURLToPath(url)).split(sep).join('/')));
				if (routed)
					throw new Error(
						`${fileURLToPath(routed)} was written by a route: data files are written from ${DATA_FILES_HANDOVER} only (src/lib/build-cache/data-files.ts)`,
					);
				const handover = join(out, DATA_FILES_HANDOVER);
				if (!existsSync(handover))
					throw new Error(
						`${DATA_FILES_HANDOVER} is missing from the build (src/pages/data-files.ndjson.ts): the data API and citation files cannot be written`,
					);
				if (written instanceof Error) throw new Error(`Writing the data files failed: ${written.message}`, { cause: written });
				const done = written ? { ...written, files: new Set(written.files) } : writeDataFiles(out, handedOver(readFileSync(handover)), stampsFile);
				rmSync(handover);
				files = done.files;
				logger.info(
					`${done.files.size} data file(s) (API documents, citation files): ${done.written} written, ${done.kept} unchanged${written ? ', while the pages were rendered' : ''}`,
				);
			},
		},
	};
	return {
		integration,
		files: () => files,
		takeHandOver: (bytes) => {
			// A copy, moved to the thread: Astro writes the hand-over from its own bytes.
			writing = writeDataFilesOnThread({ site, bytes: new Uint8Array(bytes), stampsFile }).catch((error: Error) => error);
		},
	};
}
