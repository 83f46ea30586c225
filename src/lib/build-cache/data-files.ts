/**
 * The data files: the data API's documents (`api/v1/…`) and the publications'
 * citation files (`…/cite.bib`, `.ris`, `.json`), some 20,000 small files at
 * 10,000 entries. A route per file cost Astro about a millisecond each (a
 * request, a response, a log line, a copy in the incremental build's cache),
 * so the build makes them all in one hand-over file
 * (src/pages/data-files.ndjson.ts) and the data-files integration writes them
 * out from it (src/integrations/data-files.ts), docs/performance.md.
 *
 * A file whose bytes are unchanged is left as it is. A changed one is written
 * beside its place and renamed over it, so its old inode (which the
 * published output may share, scripts/lib/build/publish.ts) is never written
 * into. Plain Node: shared by the build's hook and scripts/build.ts.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

/** What `writeDataFiles` did. */
export interface DataFilesWritten {
	/** Every data file of this build (absolute paths), written or kept. */
	files: Set<string>;
	/** How many were written (new or changed). */
	written: number;
	/** How many already held these bytes and were left alone. */
	kept: number;
}

/** Writes `files` (site path → text) under `dir`, leaving alone those that already hold the same bytes. */
export function writeDataFiles(dir: string, files: Iterable<readonly [string, string]>): DataFilesWritten {
	const done: DataFilesWritten = { files: new Set(), written: 0, kept: 0 };
	const folders = new Set<string>();
	for (const [path, text] of files) {
		if (!isDataFile(path))
			throw new Error(`${path} is not a data file (api/v1/… or …/cite.bib, .ris, .json): src/lib/build-cache/data-files.ts writes no other`);
		const target = join(dir, ...path.split('/').filter(Boolean));
		if (done.files.has(target)) throw new Error(`${path} is handed over twice`);
		done.files.add(target);
		const bytes = Buffer.from(text);
		let size: number | undefined;
		try {
			size = statSync(target).size;
		} catch {
			// Not there yet: written below.
		}
		if (size === bytes.length && readFileSync(target).equals(bytes)) {
			done.kept++;
			continue;
		}
		const folder = dirname(target);
		if (size === undefined && !folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		if (size === undefined) writeFileSync(target, bytes);
		else {
			const aside = `${target}.${process.pid}.new`;
			writeFileSync(aside, bytes);
			renameSync(aside, target);
		}
		done.written++;
	}
	return done;
}
