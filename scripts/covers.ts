/**
 * npm run covers -- [<entry>…] [--dry-run] [--force] [--content <dir>] [--public <dir>] [--width <px>]
 * Measures every local PDF of the publications (page count, size) into their
 * front matter and draws each publication's cover thumbnail from the first
 * page of its PDF. Pure decisions: scripts/lib/covers/plan.ts; reading PDFs:
 * scripts/lib/covers/pdf.ts; editing front matter in place: scripts/lib/covers/front-matter-edit.ts.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { listEntryFiles, readUtf8, resolveContentDir, type EntryFile } from '../src/entry-files/files.ts';
import { ContentError, displayPath, type ContentProblem } from '../src/entry-files/problems.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR } from './lib/cli.ts';
import { editFrontMatter, fieldLine, FrontMatterEditError, readFrontMatter, type FieldEdit } from './lib/covers/front-matter-edit.ts';
import { PdfProblem, readPdf } from './lib/covers/pdf.ts';
import {
	chooseCoverPdf,
	coverSitePath,
	formatSize,
	isPdfFile,
	locateFile,
	plannedEdits,
	sitePathFile,
	type LocalPdf,
	type PdfFacts,
} from './lib/covers/plan.ts';

const USAGE = 'Usage: npm run covers -- [<entry>…] [--dry-run] [--force] [--content <dir>] [--public <dir>] [--width <px>]';
const HELP = `Draw the cover thumbnail of each publication from its PDF, and write every
local PDF's page count and size into the entry, so nobody types them.

${USAGE}

  <entry>…          Only these publications: entry files or slugs
                    (default: every publication).
  --dry-run         Read and draw everything, write nothing; show what would change.
  --force           Draw covers again even when a thumbnail is newer than its PDF.
  --content <dir>   Content folder (default: $CONTENT_DIR or content/).
  --public <dir>    The site's public folder, which holds /files/… and /covers/…
                    (default: public/).
  --width <px>      Cover width in pixels (default 1200: the build makes the page's
                    thumbnails and the 1200 × 630 social card from it).
  -h, --help        Show this help.

A file of a publication is a local PDF when its url is a site path such as
/files/publications/paper.pdf (the file public/files/publications/paper.pdf) or
a file name beside the entry (paper.pdf). Each one gets "pages" and "size" in
its line of "files". The cover is drawn from the first page of the PDF in the
entry's language (else the first PDF) into public/covers/<slug>.jpg, and the
entry gets "cover: /covers/<slug>.jpg" unless it names a cover of its own,
which is left alone. Files at http(s) addresses are skipped. Only those lines
change: comments and the rest of the entry stay as they are. Running it again
changes nothing unless a PDF changed.

A missing, damaged or password-protected PDF is printed as
file:line: field: message, and then nothing at all is written.
Exit status: 0 when done, 1 when an entry or a PDF has a problem, 2 for bad usage.`;

const { values, positionals } = parseCommandLine(
	{
		'dry-run': { type: 'boolean', default: false },
		force: { type: 'boolean', default: false },
		content: { type: 'string' },
		public: { type: 'string' },
		width: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'covers',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const width = values.width === undefined ? 1200 : Number(values.width);
if (!Number.isInteger(width) || width < 16 || width > 4000)
	fail(`--width "${values.width}" is not a width in pixels: give a whole number from 16 to 4000, such as 1200\n${USAGE}`, USAGE_ERROR);
const contentDir = values.content ? resolve(values.content) : resolveContentDir();
const publicDir = resolve(values.public ?? 'public');
if (!existsSync(contentDir)) fail(`${values.content ?? displayPath(contentDir)}: no such content folder`, USAGE_ERROR);
if (!existsSync(publicDir)) fail(`${values.public ?? displayPath(publicDir)}: no such public folder (give it with --public)`, USAGE_ERROR);

// Translations share their original's files and cover (src/entry-files/translations.ts): only originals are edited.
const all = listEntryFiles(contentDir, ['publications']).filter((file) => !file.translation);
const wanted = positionals.map((name) => ({ name, slug: basename(name).replace(/\.md$/, ''), path: resolve(name) }));
const entries = wanted.length ? all.filter((entry) => wanted.some((want) => want.path === entry.path || want.slug === entry.slug)) : all;
const unknown = wanted.filter((want) => !all.some((entry) => want.path === entry.path || want.slug === entry.slug));
if (unknown.length)
	fail(`${unknown.map((want) => want.name).join(', ')}: no such publication in ${displayPath(join(contentDir, 'publications'))}`, USAGE_ERROR);

/** What the tool will do to one entry. */
interface Planned {
	entry: EntryFile;
	source: string;
	updated: string;
	/** Human lines describing each change. */
	changes: string[];
	cover?: { file: string; jpeg: Buffer } | undefined;
}

const problems: ContentProblem[] = [];
const planned: Planned[] = [];
let remote = 0;
let withPdfs = 0;
const mtime = (path: string) => statSync(path).mtimeMs;

/** The value at a front-matter path, for "was …" in the report. */
const valueAt = (data: unknown, path: readonly (string | number)[]) =>
	path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), data);

for (const entry of entries) {
	const name = displayPath(entry.path);
	let source: string;
	let data: Record<string, unknown>;
	try {
		source = readUtf8(entry.path);
		data = readFrontMatter(source);
	} catch (error) {
		if (error instanceof ContentError) problems.push(...error.problems);
		else if (error instanceof FrontMatterEditError) problems.push({ file: name, line: error.line, field: error.field, message: error.message });
		else throw error;
		continue;
	}
	const files = Array.isArray(data['files']) ? (data['files'] as unknown[]) : [];
	const pdfs: LocalPdf[] = [];
	const before = problems.length;
	files.forEach((file, index) => {
		if (!file || typeof file !== 'object' || typeof (file as { url?: unknown }).url !== 'string') return;
		const { url, lang, format } = file as { url: string; lang?: unknown; format?: unknown };
		if (!isPdfFile({ url, format })) return;
		const location = locateFile(url, entry.path, { publicDir, contentDir });
		if (location.kind === 'remote') remote++;
		else if (location.kind === 'refused')
			problems.push({ file: name, line: fieldLine(source, ['files', index, 'url']), field: `files.${index}.url`, message: location.message });
		else pdfs.push({ index, url, lang: typeof lang === 'string' ? lang : undefined, path: location.path });
	});
	if (!pdfs.length) continue;
	withPdfs++;
	const entryLang = typeof data['lang'] === 'string' ? data['lang'] : 'en';
	const coverPdf = chooseCoverPdf(pdfs, entryLang)!;
	const ourCover = coverSitePath(entry.slug);
	const ownCover = data['cover'] !== undefined && data['cover'] !== ourCover;
	const coverFile = sitePathFile(ourCover, publicDir);
	const draw = !ownCover && (values.force || !existsSync(coverFile) || !existsSync(coverPdf.path) || mtime(coverFile) < mtime(coverPdf.path));
	const facts = new Map<number, PdfFacts>();
	let cover: Planned['cover'];
	const changes: string[] = [];
	for (const pdf of pdfs) {
		try {
			const reading = await readPdf(pdf.path, { width: draw && pdf === coverPdf ? width : undefined });
			facts.set(pdf.index, { pages: reading.pages, bytes: reading.bytes });
			if (reading.thumbnail) {
				cover = { file: coverFile, jpeg: reading.thumbnail.jpeg };
				changes.push(
					`${displayPath(coverFile)}: drawn from page 1 of ${pdf.url}, ${reading.thumbnail.width} × ${reading.thumbnail.height} px, ${formatSize(reading.thumbnail.jpeg.length)}`,
				);
			}
		} catch (error) {
			if (!(error instanceof PdfProblem)) throw error;
			problems.push({
				file: name,
				line: fieldLine(source, ['files', pdf.index, 'url']),
				field: `files.${pdf.index}.url`,
				message: `${pdf.url} (${displayPath(pdf.path)}): ${error.message}`,
			});
		}
	}
	if (problems.length > before) continue;
	const edits: FieldEdit[] = plannedEdits(facts, data['cover'] === undefined ? ourCover : undefined);
	let updated: string;
	try {
		updated = editFrontMatter(source, edits);
	} catch (error) {
		if (!(error instanceof FrontMatterEditError)) throw error;
		problems.push({ file: name, line: error.line, field: error.field, message: error.message });
		continue;
	}
	const fieldChanges = edits.flatMap((edit) => {
		const old = valueAt(data, edit.path);
		return old === edit.value ? [] : [`${edit.path.join('.')}: ${edit.value}${old === undefined || old === null ? '' : ` (was ${String(old)})`}`];
	});
	planned.push({ entry, source, updated, changes: [...fieldChanges, ...changes], cover });
}

if (problems.length) {
	printProblems(problems);
	fail(`${problems.length} problem${problems.length === 1 ? '' : 's'}: nothing was written. Fix them and run "npm run covers" again.`);
}

/** Writes bytes atomically: a temporary file in the same folder, then a rename. */
function writeBytesAtomic(path: string, bytes: Buffer): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	writeFileSync(tmp, bytes, { flag: 'w' });
	try {
		renameSync(tmp, path);
	} catch (error) {
		rmSync(tmp, { force: true });
		throw error;
	}
}

const dryRun = values['dry-run'];
let changed = 0;
for (const plan of planned) {
	if (!plan.changes.length) continue;
	changed++;
	console.log(`${displayPath(plan.entry.path)}\n${plan.changes.map((line) => `  ${line}`).join('\n')}`);
	if (dryRun) continue;
	if (plan.cover) writeBytesAtomic(plan.cover.file, plan.cover.jpeg);
	if (plan.updated !== plan.source) writeFileAtomic(plan.entry.path, plan.updated);
}
const skipped = remote ? `; ${remote} file${remote === 1 ? '' : 's'} at http(s) addresses skipped` : '';
console.log(
	`✓ ${withPdfs} publication${withPdfs === 1 ? '' : 's'} with local PDFs: ${changed} ${dryRun ? 'would change' : 'updated'}, ${withPdfs - changed} unchanged${skipped}${dryRun ? ' (dry run: nothing was written)' : ''}`,
);
