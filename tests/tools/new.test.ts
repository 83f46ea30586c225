import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadVocabularies } from '../../src/entry-files/vocabularies.ts';
import { entryTemplate } from '../../scripts/lib/entry-template.ts';
import { TYPE_NAMES } from '../../src/entry-types/index.ts';
import { validateEntry } from '../../src/entry-files/validate.ts';
import { createEntrySchemas } from '../../src/entry-types/index.ts';
import { ROOT, runScript, tempContentDir } from './helpers.ts';

const vocabularies = loadVocabularies(join(ROOT, 'content'));
const schemas = createEntrySchemas(vocabularies);
const KINDS = vocabularies.kinds.map((kind) => kind.slug);

describe('entryTemplate', () => {
	test.each(TYPE_NAMES)('a new %s entry is valid and lists its fields', (type) => {
		const text = entryTemplate(type, 'A title: with "quotes" & #hash', '2012-03-07', vocabularies);
		const result = validateEntry(schemas, type, text, 'x.md');
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (result.ok) expect(result.data).toMatchObject({ title: 'A title: with "quotes" & #hash', date: '2012-03-07' });
		expect(text).toMatch(/# summary:/);
		if (type === 'events') expect(text).toMatch(/# startDate:/);
		if (type === 'news') expect(text).toMatch(/# dateline:/);
	});

	test.each(KINDS)('publication kind %s', (kind) => {
		expect(validateEntry(schemas, 'publications', entryTemplate('publications', 'T', '2012-03-07', vocabularies, kind), 'x.md').ok).toBe(true);
	});
});

describe('npm run new', () => {
	test('--help', () => {
		const result = runScript('new.ts', ['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Usage: npm run new -- <type> "<title>" \[--date YYYY-MM-DD\]/);
	});

	test('creates a valid entry with the given date and a slug from the title, then refuses to overwrite it', () => {
		const dir = tempContentDir();
		const result = runScript('new.ts', ['publication', 'Smuggling of Migrants: A Global Review', '--date', '2012-03-07', '--kind', 'report', '--content', dir]);
		expect(result.status, result.stderr).toBe(0);
		const path = join(dir, 'publications/smuggling-of-migrants-a-global-review.md');
		expect(result.stdout).toContain(path);
		const text = readFileSync(path, 'utf8');
		expect(text).toMatch(/^date: 2012-03-07$/m);
		expect(text).toMatch(/^kind: report$/m);
		expect(runScript('check-content.ts', [dir]).status).toBe(0);

		const again = runScript('new.ts', ['news', 'Smuggling of migrants: a global review!', '--content', dir]);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/already exists: nothing was written/);
		expect(readFileSync(path, 'utf8')).toBe(text);
	});

	test("uses today's date by default", () => {
		const dir = tempContentDir();
		const result = runScript('new.ts', ['events', 'Expert meeting', '--content', dir], { env: { BUILD_DATE: '2013-05-06' } });
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(dir, 'events/expert-meeting.md'), 'utf8')).toMatch(/^date: 2013-05-06$/m);
	});

	test.each([
		[['blog', 'T'], /unknown type "blog"/],
		[['news'], /missing "<title>"/],
		[['news', '   '], /title is empty/],
		[['news', '!!!'], /needs letters or digits/],
		[['news', 'T', '--date', '2012-02-30'], /not a real date/],
		[['news', 'T', '--date', '07/03/2012'], /not a real date/],
		[['news', 'T', '--kind', 'manual'], /only for publications/],
		[['publications', 'T', '--kind', 'poem'], /not a publication kind/],
		[['news', 'Two', 'words'], /put the title in quotes/],
		// Titles in other scripts: the file name is given, never made from them.
		[['news', 'حلقة عمل في الإسكندرية'], /not in Latin letters: give the file name with --slug/],
		[['news', '边境联络办公室 seminar'], /not in Latin letters/],
		[['news', 'Семинар', '--slug', 'Seminar in Chisinau'], /is not a slug/],
		// Translations.
		[['--translate', 'publications/model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian', 'de'], /"de" is not a language of the site/],
		[['--translate', 'news'], /is not <type>\/<slug>|needs <type>\/<slug> and one language/],
		[['--translate', 'news/x'], /needs <type>\/<slug> and one language/],
	])('%j is refused', (args, message) => {
		const dir = tempContentDir();
		const result = runScript('new.ts', [...args, '--content', dir]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(message);
	});

	test('a title in Arabic takes its file name from --slug', () => {
		const dir = tempContentDir();
		const result = runScript('new.ts', ['news', 'حلقة عمل في الإسكندرية', '--slug', 'workshop-in-alexandria', '--content', dir]);
		expect(result.status, result.stderr).toBe(0);
		expect(readFileSync(join(dir, 'news/workshop-in-alexandria.md'), 'utf8')).toMatch(/^title: حلقة عمل في الإسكندرية$/m);
	});

	test('--translate writes a draft translation beside the original, with the words to translate, that the content check accepts', () => {
		const dir = tempContentDir();
		const slug = 'new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea';
		for (const type of TYPE_NAMES) cpSync(join(ROOT, 'content', type), join(dir, type), { recursive: true });
		const missing = runScript('new.ts', ['--translate', 'news/no-such-entry', 'fr', '--content', dir]);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toMatch(/there is no news entry "no-such-entry"/);
		const result = runScript('new.ts', ['--translate', `news/${slug}`, 'ar', '--content', dir]);
		expect(result.status, result.stderr).toBe(0);
		const text = readFileSync(join(dir, `news/${slug}.ar.md`), 'utf8');
		expect(text).toMatch(/^title: New UNODC paper sheds light on smuggling of migrants by sea$/m);
		expect(text).toMatch(/^draft: true$/m);
		// Shared facts stay in the original.
		expect(text).not.toMatch(/^(date|topics|regions):/m);
		expect(runScript('check-content.ts', [dir]).status).toBe(0);

		const again = runScript('new.ts', ['--translate', `news/${slug}`, 'ar', '--content', dir]);
		expect(again.status).toBe(1);
		expect(again.stderr).toMatch(/already exists: nothing was written/);
		const own = runScript('new.ts', ['--translate', `news/${slug}`, 'en', '--content', dir]);
		expect(own.status).toBe(2);
		expect(own.stderr).toMatch(/is already in en/);
	});
});
