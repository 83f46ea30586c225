/**
 * npm run check:content [-- <content dir>]
 * Checks every entry with the check the build runs (src/entry-files/check.ts:
 * the same files, schemas, body checks and warnings) and prints each problem
 * as `file:line: field: message`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkContent } from '../src/entry-files/check.ts';
import { resolveContentDir } from '../src/entry-files/files.ts';
import { ContentError, formatProblem, type ContentProblem } from '../src/entry-files/problems.ts';
import { loadVocabularies } from '../src/entry-files/vocabularies.ts';
import { createEntrySchemas } from '../src/entry-types/index.ts';
import { todayCalendarDate } from '../src/lib/dates/calendar-dates.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR } from './lib/cli.ts';

const HELP = `Check every entry the way the build does, without building.

Usage: npm run check:content [-- <content dir>]

  <content dir>   Folder with news/, events/, publications/ and taxonomies/
                  (default: $CONTENT_DIR or content/).
  --quiet         Print problems and warnings only, no summary.
  -h, --help      Show this help.

Each problem is printed as  file:line: field: message  (for example
content/news/x.md:3: date: "2012-02-30" is not a real calendar date …), and
each warning (published, but worth a look: a future date, a body link the page
leaves out) as  file:line: field: warning: message.
Exit status: 0 when all entries are valid (warnings or not), 1 when there are
problems, 2 for bad usage.`;

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
const warnings: ContentProblem[] = [];
let count = 0;
try {
	const check = checkContent(contentDir, createEntrySchemas(loadVocabularies(contentDir)), todayCalendarDate());
	count = check.count;
	problems.push(...check.problems);
	warnings.push(...check.warnings);
} catch (error) {
	if (!(error instanceof ContentError)) throw error;
	problems.push(...error.problems);
}
printProblems(problems);
for (const warning of warnings) process.stderr.write(`${formatProblem({ ...warning, message: `warning: ${warning.message}` })}\n`);
const ms = Math.round(performance.now() - started);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const warned = warnings.length ? `, ${plural(warnings.length, 'warning')}` : '';
if (problems.length) {
	const files = new Set(problems.map((problem) => problem.file)).size;
	if (!values.quiet)
		process.stderr.write(`✗ ${plural(problems.length, 'problem')} in ${plural(files, 'file')}${warned} (${count} entries checked in ${ms} ms)\n`);
} else if (!values.quiet) console.log(`✓ ${count} entries checked in ${ms} ms: no problems${warned}`);
// Not process.exit(): output piped to a slower reader is still being written, and exiting would cut it off.
process.exitCode = problems.length ? 1 : 0;
