import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadVocabularies } from '../../src/entry-files/vocabularies.ts';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { cleanBody, escapeMarkdown } from '../../scripts/lib/legacy/body.ts';
import { classifyItem, languagesFromTitle } from '../../scripts/lib/legacy/classify.ts';
import { belongTogether, buildEntries, importLegacy, renderEntry } from '../../scripts/lib/legacy/import.ts';
import { parseLegacyText } from '../../scripts/lib/legacy/items.ts';
import { assignTerms } from '../../scripts/lib/legacy/terms.ts';
import { slugify } from '../../src/lib/routing/slugs.ts';
import { LEGACY_TEXT, ROOT } from './helpers.ts';

const vocabularies = loadVocabularies(`${ROOT}/content`);
const empty = { topics: [], regions: [], kinds: [] };

describe('classifyItem', () => {
	test.each([
		['UNODC Strategy on Human Trafficking and Migrant Smuggling', ['Trafficking in persons …'], false, 'publications', 'strategy'],
		['Anything', ['Text of a press release.'], true, 'news', undefined],
		['Expert Group Meeting on Migrant Smuggling by Sea', ['UNODC hosted …'], false, 'events', undefined],
		['Basic Training Manual … adapted for Central American … authorities', ['Prosecutors … attended a three day workshop …'], false, 'events', undefined],
		[
			'In-Depth Training Manual on smuggling of migrants',
			['The UNODC In-depth training manual … gathered from around the world.'],
			false,
			'publications',
			'manual',
		],
		['Issue Paper: Smuggling of Migrants by Sea', [], false, 'publications', 'issue-paper'],
		['Ways and Means — countering smuggling of migrants', ['Awareness raising video on migrant smuggling'], false, 'publications', 'video'],
		[
			'The EU Directive on Trafficking in Human Beings – A Joint UN Commentary',
			['… replacing Council Framework Decision …'],
			false,
			'publications',
			'commentary',
		],
		['Model Law on Smuggling of Migrants available in Arabic - English', ['…'], false, 'publications', 'model-law'],
		[
			'New UNODC paper sheds light on smuggling of migrants by sea',
			['UNODC released an issue paper on the smuggling of migrants by sea.'],
			false,
			'news',
			undefined,
		],
		['UNODC and UNHCR sign memorandum of understanding', ['… signed …'], false, 'news', undefined],
	])('%s → %s', (title, paragraphs, dateline, type, kind) => {
		const result = classifyItem(title, paragraphs, dateline);
		expect(result.type).toBe(type);
		expect(result.kind).toBe(kind);
		expect(result.reason).toBeTruthy();
	});

	test.each([
		['Model Law on Smuggling of Migrants available in Arabic - English - French - Russian - Spanish', ['ar', 'en', 'fr', 'ru', 'es']],
		['Manual available in French, Spanish and English', ['fr', 'es', 'en']],
		['Manual on smuggling', []],
	])('languages of %s', (title, languages) => expect(languagesFromTitle(title)).toEqual(languages));
});

describe('cleanBody', () => {
	test('a dateline is taken out of the text', () => {
		const result = cleanBody('T', ['Bangkok (Thailand), 21 February 2012 - Migrant smuggling is organized.', 'Second.']);
		expect(result).toMatchObject({ dateline: 'Bangkok (Thailand)', datelineDate: '21 February 2012', body: 'Migrant smuggling is organized.\n\nSecond.' });
	});

	test.each([
		['Photo courtesy of FrontexAs the world marked the day.', 'Frontex', 'As the world marked the day.'],
		['Photo: UNODC. The meeting opened.', 'UNODC', 'The meeting opened.'],
		['© UN Photo/Mark GartenDelegates met.', 'UN Photo/Mark Garten', 'Delegates met.'],
	])('photo credit in %j', (paragraph, credit, body) => {
		expect(cleanBody('T', [paragraph])).toMatchObject({ credit, body });
	});

	test('a caption glued to the text becomes image.caption', () => {
		const result = cleanBody('T', [
			'UNODC Executive Director Yury Fedotov (left) and UNHCR High Commissioner António Guterres (right)UNODC and the Office signed.',
		]);
		expect(result.caption).toBe('UNODC Executive Director Yury Fedotov (left) and UNHCR High Commissioner António Guterres (right)');
		expect(result.body).toBe('UNODC and the Office signed.');
	});

	test('a first paragraph repeating the title is dropped', () => {
		const result = cleanBody('Victim Translation Assistance Tool - Life support', ['Victim Translation Assistance Tool - Life support', 'VITA is a tool.']);
		expect(result.body).toBe('VITA is a tool.');
		expect(result.notes.join()).toMatch(/repeated the title/);
	});

	test('ordinary text is left alone', () => {
		expect(cleanBody('T', ['UNODC (the Office) works. India, 2011.'])).toMatchObject({ body: 'UNODC (the Office) works. India, 2011.', notes: [] });
	});

	test.each([
		['a *star* and _under_', 'a \\*star\\* and \\_under\\_'],
		['<script>x</script>', '\\<script\\>x\\</script\\>'],
		['# not a heading', '\\# not a heading'],
		['1. not a list', '1\\. not a list'],
		['AT&amp;T', 'AT&amp;amp;T'],
		['region´s context (UNTOC) 2011/36/EU...', 'region´s context (UNTOC) 2011/36/EU...'],
	])('escapeMarkdown(%j)', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});

describe('slugs, related items and terms', () => {
	test.each([
		['Ways and Means — countering smuggling of migrants', 'ways-and-means-countering-smuggling-of-migrants'],
		['Issue Paper: Smuggling of Migrants by Sea', 'issue-paper-smuggling-of-migrants-by-sea'],
		[
			'Model Law on Smuggling of Migrants available in Arabic - English - French - Russian - Spanish',
			'model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian',
		],
	])('slugify(%j)', (title, slug) => expect(slugify(title)).toBe(slug));

	test.each([
		['Issue Paper: Smuggling of Migrants by Sea', 'New UNODC paper sheds light on smuggling of migrants by sea', true],
		['Issue Paper: Smuggling of Migrants by Sea', 'Expert Group Meeting on Human Trafficking', false],
		['UNODC Strategy', 'UNODC Report', false],
	])('belongTogether(%j, %j) = %j', (a, b, expected) => expect(belongTogether(a, b)).toBe(expected));

	test('terms come from the vocabularies only; global when no region matches', () => {
		expect(assignTerms(vocabularies, 'Smuggling of migrants by sea, training in India')).toEqual({
			topics: ['migrant-smuggling', 'smuggling-by-sea', 'capacity-building'],
			regions: ['south-asia'],
		});
		expect(assignTerms(vocabularies, 'Nothing here')).toEqual({ topics: [], regions: ['global'] });
		expect(assignTerms(empty, 'Smuggling of migrants in Europe')).toEqual({ topics: [], regions: [] });
	});

	test('two items with the same title get distinct slugs', () => {
		const items = parseLegacyText('  • 07/03/2012\n    Same title\n    A.\n  • 08/03/2012\n    Same title\n    B.\n');
		expect(buildEntries(items, empty).map((entry) => entry.slug)).toEqual(['same-title', 'same-title-2012-03-08']);
	});
});

describe('the writer', () => {
	const { entries } = importLegacy(readFileSync(LEGACY_TEXT, 'utf8'), vocabularies);
	const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));

	test('every written file parses back to the same data and body', () => {
		for (const entry of entries) {
			const parsed = parseEntryFile(entry.text);
			expect(parsed.data).toEqual(entry.data);
			expect(parsed.body.trim()).toBe(entry.body);
		}
	});

	test('the two items of 19/12/2011 are related to each other', () => {
		expect(bySlug.get('issue-paper-smuggling-of-migrants-by-sea')?.data['related']).toEqual(['new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea']);
		expect(bySlug.get('new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea')?.data['related']).toEqual(['issue-paper-smuggling-of-migrants-by-sea']);
	});

	test('a lost "Read more here." target leaves a note in the file and a warning', () => {
		const entry = bySlug.get('unodc-strategy-on-human-trafficking-and-migrant-smuggling');
		expect(entry?.text).toContain(`# The legacy page's "Read more here." link lost its target; add it under \`links\` when it is found.\n---\n`);
		expect(entry?.warnings.join()).toMatch(/Read more here.*lost its target/);
		expect(entry?.body).not.toMatch(/Read more/);
	});

	test('the model law keeps its five languages; "Download here" asks for files', () => {
		const entry = bySlug.get('model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian');
		expect(entry?.data).toMatchObject({ kind: 'model-law', languages: ['ar', 'en', 'fr', 'ru', 'es'] });
		expect(entry?.text).toMatch(/"Download here" link lost its target; add the files under `files`/);
	});

	test('renderEntry puts comments inside the front matter', () => {
		expect(renderEntry({ title: 'T', date: '2012-03-07' }, 'Body', ['note'])).toBe('---\ntitle: T\ndate: 2012-03-07\n# note\n---\n\nBody\n');
	});
});
