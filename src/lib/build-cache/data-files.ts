/**
 * The data files: the data API's documents (`api/v1/…`) and the publications'
 * citation files (`…/cite.bib`, `.ris`, `.json`), some 20,000 small files at
 * 10,000 entries. A route per file cost Astro about a millisecond each (a
 * request, a response, a log line, a copy in the incremental build's cache),
 * so the build makes them all in one hand-over file
 * (src/pages/data-files.ndjson.ts) and the data-files integration writes them
 * out from it (src/integrations/data-files.ts), docs/performance.md.
 *
 * A file whose bytes are unchanged is left as it is, a changed one renamed
 * into place (./changed-files.ts). Plain Node: shared by the build's hook and
 * scripts/build.ts.
 */
import { writeChangedFiles, type ChangedFilesWritten } from './changed-files.ts';

/** The hand-over file, in the output root: one `[path, text]` JSON array per line, read and removed by the integration. */
export const DATA_FILES_HANDOVER = 'data-files.ndjson';

/** Where the data API lives in the output (src/schemas/api.ts API_ROOT, without its leading slash). */
const API_FOLDER = 'api/v1/';

/** A citation file's name: `cite.<format>` (src/data/publication.ts CITATION_FORMATS). */
const CITATION_FILE = /(^|\/)cite\.(bib|ris|json)$/;

/** Whether `path` (relative to the output root, `/`-separated, or with a leading `/`) is a data file. */
export function isDataFile(path: string): boolean {
	const relative = path.startsWith('/') ? path.slice(1) : path;
	return relative.startsWith(API_FOLDER) || CITATION_FILE.test(relative);
}

/** The hand-over's text: a line per file (JSON escapes every line break inside a string, so lines are files). */
export function handover(files: Iterable<readonly [string, string]>): string {
	let text = '';
	for (const file of files) text += `${JSON.stringify(file)}\n`;
	return text;
}

/** The files of a hand-over, one line at a time: the whole never becomes one string. */
export function* handedOver(bytes: Buffer): Generator<[string, string]> {
	for (let start = 0; start < bytes.length;) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		if (end > start) yield JSON.parse(bytes.toString('utf8', start, end)) as [string, string];
		start = end + 1;
	}
}

/** Writes `files` (site path → text) under `dir`, leaving alone those that already hold the same bytes (./changed-files.ts, with its stamps in `stampsFile`). */
export function writeDataFiles(dir: string, files: Iterable<readonly [string, string]>, stampsFile?: string): ChangedFilesWritten {
	const checked = function* () {
		for (const file of files) {
			if (!isDataFile(file[0]))
				throw new Error(`${file[0]} is not a data file (api/v1/… or …/cite.bib, .ris, .json): src/lib/build-cache/data-files.ts writes no other`);
			yield file;
		}
	};
	return writeChangedFiles(dir, checked(), stampsFile);
}
