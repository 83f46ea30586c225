/**
 * npm run import -- <file> [--dry-run] [--force] [--out <content dir>]
 * Converts a legacy listing page (plain text or HTML) into entry files.
 * The parsing and classification live in src/lib/legacy-*.ts; this file reads,
 * checks, plans and writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { listEntryFiles, readUtf8, resolveContentDir } from '../src/entry-files/files.ts';
import { displayPath, type ContentProblem } from '../src/entry-files/problems.ts';
import { loadVocabularies } from '../src/entry-files/vocabularies.ts';
import { importLegacy, LegacyInputError, type ImportedEntry } from './lib/legacy/import.ts';
import { validateEntry } from '../src/entry-files/validate.ts';
import { createEntrySchemas } from '../src/entry-types/index.ts';
import type { Vocabularies } from '../src/schemas/vocabulary.ts';
import { writeFileAtomic } from './lib/atomic-write.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR, withContentErrors } from './lib/cli.ts';

const HELP = `Import a legacy listing page as Markdown entries.

Usage: npm run import -- <file> [--dry-run] [--force] [--out <content dir>]

  <file>              The legacy page: its plain-text form (like
                      ../shared/legacy/*.txt) or the page saved as HTML.
  --dry-run           Write nothing; show what would be created or changed.
  --force             Overwrite entries whose file differs from what the
                      import would write (an editor's changes are lost).
  --out <dir>         Content folder to write into (default: $CONTENT_DIR or
                      content/). Topics and regions come from <dir>/taxonomies/;
                      without it, none are assigned.
  --html              Read <file> as HTML even if it does not look like HTML.
  --base-url <url>    Resolve relative links of an HTML page against <url>
                      (a <base href> in the page is used otherwise).
  --quiet             Print only the summary, warnings and errors.
  -h, --help          Show this help.

What it does with each item (an item is a date such as 07/03/2012, read as
day/month/year, then a title line, then paragraphs):
  - files it as news, events or publications (with the publication kind and
    languages) and names the file after the title: <type>/<slug>.md;
  - moves a press-release dateline ("Bangkok (Thailand), 21 February 2012 -")
    into "dateline", and a photo credit or caption glued to the text into
    "image"; drops a first paragraph that repeats the title;
  - keeps "Read more" / "Download" links of an HTML page under "links"; when the
    target was lost (plain text) it leaves a note for editors in the file;
  - links items of the same day that belong together under "related";
  - assigns topics and regions by keyword: check them.

Safe to run again: each file is compared with what the import would write.
  created    the file did not exist;
  unchanged  the file is exactly what the import writes (nothing to do);
  skipped    the file differs: an editor changed it (or the import rules or
             the input changed), so it is left alone unless --force is given;
             a file with the same name under another type (an editor moved
             the entry) is always left alone.
Every file is written atomically (temporary file, then rename), and nothing is
written unless the whole input is read and every entry passes validation.

Exit status: 0 on success, 1 when the input or the content is wrong (the
message gives file:line), 2 for bad usage.`;

type Status = 'created' | 'updated' | 'unchanged' | 'skipped';
interface Planned {
	entry: ImportedEntry;
	path: string;
	status: Status;
	why?: string;
}

const { values, positionals } = parseCommandLine(
	{
		'dry-run': { type: 'boolean', default: false },
		force: { type: 'boolean', default: false },
		out: { type: 'string' },
		html: { type: 'boolean' },
		'base-url': { type: 'string' },
		quiet: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'import',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const [file, ...extra] = positionals;
if (!file || extra.length)
	fail(
		`${file ? `unexpected argument "${extra[0]}"` : 'missing <file>: the legacy page to import'}\nUsage: npm run import -- <file> [--dry-run] [--force] [--out <content dir>]`,
		USAGE_ERROR,
	);
const inputPath = resolve(file);
if (!existsSync(inputPath)) fail(`${file}: no such file`);
const outDir = values.out ? resolve(values.out) : resolveContentDir();
const dryRun = values['dry-run'];
const log = (line: string) => {
	if (!values.quiet) console.log(line);
};

// 1. Read and parse everything before touching the disk.
const source = withContentErrors(() => readUtf8(inputPath));
const hasTaxonomies = existsSync(join(outDir, 'taxonomies'));
// Without taxonomies in the target folder no topic or region is assigned; publication kinds are
// still checked, against the project's own list, which is what the classifier names.
const vocabularies: Vocabularies = hasTaxonomies
	? withContentErrors(() => loadVocabularies(outDir))
	: { topics: [], regions: [], kinds: withContentErrors(() => loadVocabularies(resolve(import.meta.dirname, '../content'))).kinds };
let imported: ReturnType<typeof importLegacy>;
try {
	imported = importLegacy(source, vocabularies, { ...(values.html ? { html: true } : {}), ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}) });
} catch (error) {
	if (error instanceof LegacyInputError) fail(`${displayPath(inputPath)}:${error.line}: ${error.message}\nNothing was written.`);
	throw error;
}
const { entries, notes } = imported;

// 2. Check every entry with the build's schemas.
const existing = existsSync(outDir) ? listEntryFiles(outDir) : [];
const existingBySlug = new Map(existing.map((entry) => [entry.slug, entry]));
const knownSlugs = new Set([...existingBySlug.keys(), ...entries.map((entry) => entry.slug)]);
const schemas = createEntrySchemas(vocabularies);
const problems: ContentProblem[] = [];
for (const entry of entries) {
	const result = validateEntry(schemas, entry.type, entry.text, `${displayPath(inputPath)}:${entry.line} → ${entry.type}/${entry.slug}.md`, knownSlugs);
	if (!result.ok) problems.push(...result.problems);
}
if (problems.length) {
	printProblems(problems);
	fail('The import would write invalid entries (see above); nothing was written.');
}

// 3. Plan: compare with what is on disk.
const normalise = (text: string) => text.replace(/\r\n/g, '\n');
const plan: Planned[] = entries.map((entry) => {
	const path = join(outDir, entry.type, `${entry.slug}.md`);
	const other = existingBySlug.get(entry.slug);
	if (other && resolve(other.path) !== path)
		return {
			entry,
			path,
			status: 'skipped',
			why: `${displayPath(other.path)} already uses this name (the entry was moved or another entry has the same title)`,
		};
	if (!existsSync(path)) return { entry, path, status: 'created' };
	let current: string;
	try {
		current = normalise(readFileSync(path, 'utf8'));
	} catch (error) {
		return { entry, path, status: 'skipped', why: `cannot be read: ${(error as Error).message}` };
	}
	if (current === entry.text) return { entry, path, status: 'unchanged' };
	if (values.force) return { entry, path, status: 'updated', why: 'differed from the import; overwritten (--force)' };
	return { entry, path, status: 'skipped', why: 'differs from what the import would write (changed by an editor?): left alone; use --force to overwrite' };
});

// 4. Write, atomically, with progress for large inputs.
const toWrite = plan.filter((item) => item.status === 'created' || item.status === 'updated');
const showProgress = entries.length >= 200;
if (!dryRun) {
	const step = Math.max(100, Math.ceil(toWrite.length / 10));
	toWrite.forEach((item, index) => {
		writeFileAtomic(item.path, item.entry.text);
		if (showProgress && ((index + 1) % step === 0 || index + 1 === toWrite.length)) process.stderr.write(`  written ${index + 1}/${toWrite.length} files\n`);
	});
}

// 5. Report.
const verb = (status: Status) =>
	dryRun ? { created: 'would create', updated: 'would overwrite', unchanged: 'unchanged', skipped: 'would skip' }[status] : status;
const label = (path: string) => relative(outDir, path);
log(`${dryRun ? 'Dry run: nothing written. ' : ''}Importing ${displayPath(inputPath)} into ${displayPath(outDir)}: ${entries.length} items`);
if (!hasTaxonomies) log(`  note: ${displayPath(join(outDir, 'taxonomies'))} not found: topics and regions left empty`);
for (const item of notes) log(`  note: ${item}`);
let warnings = 0;
for (const { entry, path, status, why } of plan) {
	const attention = [...(why && status !== 'unchanged' ? [why] : []), ...entry.warnings];
	warnings += entry.warnings.length;
	if (status === 'unchanged' && !attention.length && showProgress) continue;
	const line = `  ${verb(status).padEnd(13)} ${label(path)}  (line ${entry.line}; ${entry.type}${entry.data['kind'] ? `/${String(entry.data['kind'])}` : ''}: ${entry.reason})`;
	if (attention.length) console.log(line);
	else log(line);
	for (const text of attention) console.log(`      ! ${text}`);
}
const count = (status: Status) => plan.filter((item) => item.status === status).length;
console.log(
	`${dryRun ? 'Would create' : 'Created'} ${count('created')}, ${dryRun ? 'would overwrite' : 'overwritten'} ${count('updated')}, unchanged ${count('unchanged')}, skipped ${count('skipped')}, warnings ${warnings}.` +
		(count('skipped') && !values.force ? ' Skipped files were left as they are.' : ''),
);
