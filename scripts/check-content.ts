/**
 * npm run check:content [-- <content dir>]
 * Validates every entry with the schemas the build uses (validateEntry,
 * loadVocabularies, checkSlugs) and prints each problem as `file:line: field: message`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkSlugs, listEntryFiles, readUtf8, resolveContentDir } from '../src/entry-files/files.ts';
import { ContentError, displayPath, type ContentProblem } from '../src/entry-files/problems.ts';
import { loadVocabularies } from '../src/entry-files/vocabularies.ts';
import { originalsFirst, validateEntryFile, type OriginalEntry } from '../src/entry-files/translations.ts';
import { createEntrySchemas } from '../src/entry-types/index.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR } from './lib/cli.ts';

const HELP = `Check every entry the way the build does, without building.

Usage: npm run check:content [-- <content dir>]

  <content dir>   Folder with news/, events/, publications/ and taxonomies/
                  (default: $CONTENT_DIR or content/).
  --quiet         Print problems only, no summary.
  -h, --help      Show this help.

Each problem is printed as  file:line: field: message  (for example
content/news/x.md:3: date: "2012-02-30" is not a real calendar date …).
Exit status: 0 when all entries are valid, 1 when there are problems, 2 for bad usage.`;

const { values, positionals } = parseCommandLine(
	{ quiet: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
	'check:content',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
if (positionals.length > 1) fail(`expected at most one content folder, got ${positionals.length}`, USAGE_ERROR);
const started = performance.now();
const contentDir = positionals[0] ? resolve(positionals[0]) : resolveContentDir();
if (!existsSync(contentDir)) fail(`${positionals[0] ?? contentDir}: no such folder`);

const problems: ContentProblem[] = [];
let count = 0;
try {
	const schemas = createEntrySchemas(loadVocabularies(contentDir));
	const files = listEntryFiles(contentDir);
	count = files.length;
	problems.push(...checkSlugs(files));
	const knownSlugs = new Set(files.map((file) => file.slug));
	const originals = new Map<string, OriginalEntry>();
	for (const file of originalsFirst(files)) {
		const name = displayPath(file.path);
		try {
			const result = validateEntryFile(schemas, file, readUtf8(file.path), name, knownSlugs, originals);
			if (result && !result.ok) problems.push(...result.problems);
		} catch (error) {
			if (error instanceof ContentError) problems.push(...error.problems);
			else throw error;
		}
	}
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	problems.push(...error.problems);
}
printProblems(problems);
const ms = Math.round(performance.now() - started);
if (problems.length) {
	const files = new Set(problems.map((problem) => problem.file)).size;
	fail(
		values.quiet
			? ''
			: `✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${count} entries checked in ${ms} ms)`,
	);
}
if (!values.quiet) console.log(`✓ ${count} entries checked in ${ms} ms: no problems`);
