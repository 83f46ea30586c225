/**
 * npm run new -- <type> "<title>" [--date YYYY-MM-DD] [--slug <slug>]
 * npm run new -- --translate <type>/<slug> <language>
 * Creates a new entry file from the type's template (scripts/lib/entry-template.ts),
 * or a translation of an entry beside it (scripts/lib/translation-template.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listEntryFiles, resolveContentDir } from '../src/entry-files/files.ts';
import { displayPath } from '../src/entry-files/problems.ts';
import { loadVocabularies } from '../src/entry-files/vocabularies.ts';
import { isCalendarDate, todayCalendarDate } from '../src/lib/dates/calendar-dates.ts';
import { entryTemplate } from './lib/entry-template.ts';
import { ENTRY_TYPES, entryType, findEntryType, TYPE_NAMES, type EntryType } from '../src/entry-types/index.ts';
import { isSlug, slugify } from '../src/lib/routing/slugs.ts';
import { parseEntryFile } from '../src/entry-files/front-matter.ts';
import { validateTranslation } from '../src/entry-files/translations.ts';
import { INTERFACE_LANGUAGES, isInterfaceLanguage, pageLanguageOf } from '../src/translations/index.ts';
import { translationTemplate } from './lib/translation-template.ts';
import { validateEntry } from '../src/entry-files/validate.ts';
import { createEntrySchemas } from '../src/entry-types/index.ts';
import { createFileAtomic } from './lib/atomic-write.ts';
import { fail, parseCommandLine, printProblems, USAGE_ERROR, withContentErrors } from './lib/cli.ts';

/** The types' own options, such as --kind for publications. */
const TYPE_OPTIONS = ENTRY_TYPES.flatMap(({ name, template }) => (template.option ? [{ type: name, ...template.option }] : []));

const CODES = INTERFACE_LANGUAGES.map((language) => language.code);
const USAGE = `Usage: npm run new -- <type> "<title>" [--date YYYY-MM-DD] [--slug <slug>]${TYPE_OPTIONS.map((option) => ` [--${option.name} <${option.name}>]`).join('')} [--content <dir>]
       npm run new -- --translate <type>/<slug> <language> [--content <dir>]`;
const HELP = `Create a new entry, ready to fill in.

${USAGE}

  <type>            ${TYPE_NAMES.join(', ')} (${ENTRY_TYPES.flatMap((type) => type.aliases).join(', ')} also work).
  "<title>"         The headline, in quotes. The file name (the page address)
                    is made from it: "UNODC opens office" → unodc-opens-office.md
  --date <date>     Posting date, YYYY-MM-DD (default: today).
  --slug <slug>     The file name (without .md) when the title is not in Latin
                    letters (Arabic, Chinese, Russian): a short English gloss,
                    such as workshop-in-alexandria. Required for such titles.
  --translate <type>/<slug> <language>
                    Start a translation of an existing entry into one of
                    ${CODES.join(', ')}: writes <slug>.<language>.md beside it, with
                    the words to translate and the original text, as a draft.
${TYPE_OPTIONS.map((option) => `  --${`${option.name} <${option.name}>`.padEnd(16)}For ${option.type}: the ${option.what}, a slug from\n                    content/taxonomies/ (default: ${option.fallback}).\n`).join('')}  --content <dir>   Content folder (default: $CONTENT_DIR or content/).
  -h, --help        Show this help.

The new file lists every field of its type, with comments explaining them; fill
them in, write the text under the second "---" line, then run
"npm run check:content". It never overwrites a file: if an entry of any type
already has that name, pick another title (or rename the file afterwards).

Exit status: 0 when the file was created, 1 when it could not be, 2 for bad usage.`;

const { values, positionals } = parseCommandLine(
	{
		date: { type: 'string' },
		slug: { type: 'string' },
		translate: { type: 'string' },
		...Object.fromEntries(TYPE_OPTIONS.map((option) => [option.name, { type: 'string' as const }])),
		content: { type: 'string' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'new',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
if (values.translate !== undefined) translate(values.translate, positionals);
const [rawType, title, ...extra] = positionals;
if (!rawType || title === undefined) fail(`missing ${rawType ? '"<title>"' : '<type> and "<title>"'}\n${USAGE}`, USAGE_ERROR);
if (extra.length) fail(`unexpected argument "${extra[0]}": put the title in quotes\n${USAGE}`, USAGE_ERROR);
const found = findEntryType(rawType);
if (!found) fail(`unknown type "${rawType}": use one of ${TYPE_NAMES.join(', ')}`, USAGE_ERROR);
const type: EntryType = found;
const cleanTitle = title.replace(/\s+/g, ' ').trim();
if (!cleanTitle) fail('the title is empty: give the headline in quotes', USAGE_ERROR);
// A slug is never made from letters outside the Latin script: it would keep only the Latin words, or nothing.
const nonLatin = /(?![\p{Script=Latin}])\p{L}/u.test(cleanTitle);
if (values.slug !== undefined && !isSlug(values.slug))
	fail(`--slug "${values.slug}" is not a slug: use lowercase letters a-z, digits and single hyphens, such as workshop-in-alexandria`, USAGE_ERROR);
if (nonLatin && values.slug === undefined)
	fail(
		`the title "${cleanTitle}" is not in Latin letters: give the file name with --slug, a short English gloss such as --slug workshop-in-alexandria`,
		USAGE_ERROR,
	);
const slug = values.slug ?? slugify(cleanTitle);
if (!slug) fail(`cannot make a file name from "${cleanTitle}": the title needs letters or digits, or give --slug`, USAGE_ERROR);
const date = values.date ?? todayCalendarDate();
if (!isCalendarDate(date)) fail(`--date "${date}" is not a real date written YYYY-MM-DD, such as 2012-03-07`, USAGE_ERROR);
const contentDir = values.content ? resolve(values.content) : resolveContentDir();
const vocabularies = withContentErrors(() => loadVocabularies(contentDir));
const option = entryType(type).template.option;
for (const other of TYPE_OPTIONS) {
	const given = (values as Record<string, unknown>)[other.name];
	if (typeof given !== 'string') continue;
	if (other.type !== type) fail(`--${other.name} is only for ${other.type}`, USAGE_ERROR);
	const allowed = other.values(vocabularies);
	if (!allowed.includes(given)) fail(`--${other.name} "${given}" is not a ${other.what}: use one of ${allowed.join(', ')}`, USAGE_ERROR);
}
const optionValue = option ? ((values as Record<string, unknown>)[option.name] as string | undefined) : undefined;

const path = join(contentDir, type, `${slug}.md`);
const taken = listEntryFiles(contentDir).find((entry) => entry.slug === slug);
if (taken) fail(`${displayPath(taken.path)} already exists: nothing was written. Choose another title, or edit that file.`);

const text = entryTemplate(type, cleanTitle, date, vocabularies, optionValue);
const schemas = createEntrySchemas(vocabularies);
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

/** `--translate <type>/<slug> <language>`: writes the translation's starting file, or says why not. */
function translate(target: string, args: readonly string[]): never {
	const [lang, ...rest] = args;
	if (!lang || rest.length) fail(`--translate needs <type>/<slug> and one language (${CODES.join(', ')})\n${USAGE}`, USAGE_ERROR);
	const [rawType = '', slug = '', ...more] = target.replace(/\.md$/, '').split('/');
	const type = findEntryType(rawType);
	if (!type || !slug || more.length) fail(`--translate "${target}" is not <type>/<slug>, such as publications/model-law-on-smuggling-of-migrants`, USAGE_ERROR);
	if (!isInterfaceLanguage(lang)) fail(`"${lang}" is not a language of the site: use one of ${CODES.join(', ')}`, USAGE_ERROR);
	const contentDir = values.content ? resolve(values.content) : resolveContentDir();
	const vocabularies = withContentErrors(() => loadVocabularies(contentDir));
	const original = listEntryFiles(contentDir, [type]).find((file) => file.slug === slug && !file.translation);
	if (!original) fail(`there is no ${type} entry "${slug}" (${displayPath(join(contentDir, type, `${slug}.md`))}): check the type and the file name`);
	const parsed = parseEntryFile(readFileSync(original.path, 'utf8'));
	const schemas = createEntrySchemas(vocabularies);
	const checked = validateEntry(schemas, type, readFileSync(original.path, 'utf8'), displayPath(original.path));
	if (!checked.ok) {
		printProblems(checked.problems);
		fail(`the original ${displayPath(original.path)} is not valid (see above): fix it first; nothing was written`);
	}
	const ownLang = String(checked.data['lang'] ?? 'en');
	if (pageLanguageOf(ownLang) === lang) fail(`${displayPath(original.path)} is already in ${lang}: a translation is into another language`, USAGE_ERROR);
	const path = join(contentDir, type, `${slug}.${lang}.md`);
	if (existsSync(path)) fail(`${displayPath(path)} already exists: nothing was written. Edit that file.`);
	const text = translationTemplate(type, displayPath(original.path), parsed.data, parsed.body, lang);
	const result = validateTranslation(schemas, type, slug, lang, { data: checked.data, file: displayPath(original.path) }, text, displayPath(path));
	if (!result.ok) {
		printProblems(result.problems);
		fail('the new translation would not be valid (see above): nothing was written');
	}
	try {
		createFileAtomic(path, text);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') fail(`${displayPath(path)} already exists: nothing was written.`);
		throw error;
	}
	console.log(`Created ${displayPath(path)} (a draft: not published until you remove "draft: true")
Next: translate the values and the text, remove the draft line, then run: npm run check:content`);
	process.exit(0);
}
