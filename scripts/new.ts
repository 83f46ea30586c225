/**
 * npm run new -- <type> "<title>" [--date YYYY-MM-DD]
 * Creates a new entry file from the type's template (src/lib/entry-template.ts).
 */
import { join, resolve } from 'node:path';
import { displayPath, listEntryFiles, loadVocabularies, resolveContentDir } from '../src/entry-files/files.ts';
import { isCalendarDate, todayCalendarDate } from '../src/lib/dates/calendar-dates.ts';
import { entryTemplate } from './lib/entry-template.ts';
import { ENTRY_TYPES, isEntryType, PUBLICATION_KINDS, type EntryType, type PublicationKind } from '../src/entry-types/index.ts';
import { slugify } from '../src/lib/routing/slugs.ts';
import { validateEntry } from '../src/entry-files/validate.ts';
import { createEntrySchemas } from '../src/schemas/index.ts';
import { createFileAtomic } from './lib/atomic-write.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR, withContentErrors } from './lib/cli.ts';

const USAGE = 'Usage: npm run new -- <type> "<title>" [--date YYYY-MM-DD] [--kind <kind>] [--content <dir>]';
const HELP = `Create a new entry, ready to fill in.

${USAGE}

  <type>            news, events or publications (event, publication also work).
  "<title>"         The headline, in quotes. The file name (the page address)
                    is made from it: "UNODC opens office" → unodc-opens-office.md
  --date <date>     Posting date, YYYY-MM-DD (default: today).
  --kind <kind>     For publications: ${PUBLICATION_KINDS.join(', ')}
                    (default: other).
  --content <dir>   Content folder (default: $CONTENT_DIR or content/).
  -h, --help        Show this help.

The new file lists every field of its type, with comments explaining them; fill
them in, write the text under the second "---" line, then run
"npm run check:content". It never overwrites a file: if an entry of any type
already has that name, pick another title (or rename the file afterwards).

Exit status: 0 when the file was created, 1 when it could not be, 2 for bad usage.`;

const { values, positionals } = parseCommandLine(
	{
		date: { type: 'string' },
		kind: { type: 'string' },
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'new',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const [rawType, title, ...extra] = positionals;
if (!rawType || title === undefined) fail(`missing ${rawType ? '"<title>"' : '<type> and "<title>"'}\n${USAGE}`, USAGE_ERROR);
if (extra.length) fail(`unexpected argument "${extra[0]}": put the title in quotes\n${USAGE}`, USAGE_ERROR);
const typeName = { event: 'events', publication: 'publications' }[rawType.toLowerCase()] ?? rawType.toLowerCase();
if (!isEntryType(typeName)) fail(`unknown type "${rawType}": use one of ${ENTRY_TYPES.join(', ')}`, USAGE_ERROR);
const type: EntryType = typeName;
const cleanTitle = title.replace(/\s+/g, ' ').trim();
if (!cleanTitle) fail('the title is empty: give the headline in quotes', USAGE_ERROR);
const slug = slugify(cleanTitle);
if (!slug) fail(`cannot make a file name from "${cleanTitle}": the title needs letters or digits`, USAGE_ERROR);
const date = values.date ?? todayCalendarDate();
if (!isCalendarDate(date)) fail(`--date "${date}" is not a real date written YYYY-MM-DD, such as 2012-03-07`, USAGE_ERROR);
const kind = values.kind ?? 'other';
if (!(PUBLICATION_KINDS as readonly string[]).includes(kind)) fail(`--kind "${kind}" is not a publication kind: use one of ${PUBLICATION_KINDS.join(', ')}`, USAGE_ERROR);
if (values.kind && type !== 'publications') fail('--kind is only for publications', USAGE_ERROR);

const contentDir = values.content ? resolve(values.content) : resolveContentDir();
const path = join(contentDir, type, `${slug}.md`);
const taken = listEntryFiles(contentDir).find((entry) => entry.slug === slug);
if (taken) fail(`${displayPath(taken.path)} already exists: nothing was written. Choose another title, or edit that file.`);

const text = entryTemplate(type, cleanTitle, date, kind as PublicationKind);
const schemas = createEntrySchemas(withContentErrors(() => loadVocabularies(contentDir)));
const result = validateEntry(schemas, type, text, displayPath(path));
if (!result.ok) {
	printProblems(result.problems);
	fail('the new entry would not be valid (see above): nothing was written');
}
try {
	createFileAtomic(path, text);
} catch (error) {
	if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${displayPath(path)} already exists: nothing was written.`);
	throw error;
}
console.log(`Created ${displayPath(path)}
Next: open it, fill in the fields (the "#" lines explain them), write the text
under the second "---" line, then run: npm run check:content`);
