/**
 * Writes the data files (the data API's documents, the citation files) from
 * the one hand-over file the build renders (src/pages/data-files.ndjson.ts),
 * leaving alone those whose bytes are unchanged (src/lib/build-cache/data-files.ts),
 * and deletes the hand-over. It runs before the stale-output integration,
 * which takes `files` as this build's own.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_FILES_HANDOVER, handedOver, isDataFile, writeDataFiles } from '../lib/build-cache/data-files.ts';

export interface DataFilesIntegration {
	integration: AstroIntegration;
	/** The data files of the last build (absolute paths), once its build:done hook has run. */
	files: () => ReadonlySet<string>;
}

export default function dataFiles(): DataFilesIntegration {
	let files: ReadonlySet<string> = new Set();
	let stampsFile = '';
	const integration: AstroIntegration = {
		name: 'site:data-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				stampsFile = join(fileURLToPath(config.cacheDir), 'data-file-stamps.json');
			},
			'astro:build:done': ({ dir, assets, logger }) => {
				const site = fileURLToPath(dir);
				// A route writing a data file would write it in place, into an inode the published output may share.
				const routed = [...assets.values()].flat().find((url) => isDataFile(relative(site, fileURLToPath(url)).split(sep).join('/')));
				if (routed)
					throw new Error(
						`${fileURLToPath(routed)} was written by a route: data files are written from ${DATA_FILES_HANDOVER} only (src/lib/build-cache/data-files.ts)`,
					);
				const handover = join(site, DATA_FILES_HANDOVER);
				if (!existsSync(handover))
					throw new Error(
						`${DATA_FILES_HANDOVER} is missing from the build (src/pages/data-files.ndjson.ts): the data API and citation files cannot be written`,
					);
				const done = writeDataFiles(site, handedOver(readFileSync(handover)), stampsFile);
				rmSync(handover);
				files = done.files;
				logger.info(`${done.files.size} data file(s) (API documents, citation files): ${done.written} written, ${done.kept} unchanged`);
			},
		},
	};
	return { integration, files: () => files };
}
