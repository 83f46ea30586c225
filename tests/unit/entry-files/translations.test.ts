/** Translations checked against their originals (src/entry-files/translations.ts), for every type and for publications' shared facts. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/entry-files/problems.ts';
import { originalsFirst, validateEntryFile, validateTranslation, type OriginalEntry } from '../../../src/entry-files/translations.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { validateEntry } from '../../../src/entry-files/validate.ts';
import { createEntrySchemas, type EntryType } from '../../../src/entry-types/index.ts';

const schemas = createEntrySchemas(loadVocabularies(fileURLToPath(new URL('../../fixtures/content', import.meta.url))));
const fm = (lines: string[], body = 'Texte traduit.') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

/** A valid original of `type`, as the content check keeps it. */
function original(type: EntryType, lines: string[]): OriginalEntry {
	const result = validateEntry(schemas, type, fm(lines, 'Original text.'), `content/${type}/x.md`);
	if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
	return { data: result.data, file: `content/${type}/x.md` };
}

const news = original('news', [
	'title: UNODC opens an office',
	'date: 2012-03-07',
	'dateline: Bangkok (Thailand)',
	'topics: [legislation]',
	'links:',
	'  - label: Read more',
	'    url: https://www.unodc.org/a.html',
]);
const event = original('events', ['title: Expert meeting', 'date: 2022-08-30', 'startDate: 2022-10-11', 'endDate: 2022-10-12', 'location: Vienna (Austria)']);

const check = (source: string, lang = 'fr', of = news, type: EntryType = 'news') =>
	validateTranslation(schemas, type, 'x', lang, of, source, `content/${type}/x.${lang}.md`);
const problems = (...args: Parameters<typeof check>) => {
	const result = check(...args);
	return result.ok ? [] : result.problems.map(formatProblem);
};

describe('a valid translation', () => {
	test('takes the original’s facts and its own words, with its language and the shared slug', () => {
		const result = check(fm(['title: L’ONUDC ouvre un bureau', 'dateline: Bangkok (Thaïlande)', 'links:', '  - label: En savoir plus']));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			title: 'L’ONUDC ouvre un bureau',
			dateline: 'Bangkok (Thaïlande)',
			date: '2012-03-07',
			topics: ['legislation'],
			lang: 'fr',
			translationOf: 'x',
			links: [{ label: 'En savoir plus', url: 'https://www.unodc.org/a.html' }],
		});
		expect(result.body.trim()).toBe('Texte traduit.');
	});

	test('may repeat a shared fact with the same value', () => {
		expect(problems(fm(['title: L’ONUDC ouvre un bureau', 'date: 2012-03-07']))).toEqual([]);
	});

	test('an event’s location is translated, its dates stay the original’s', () => {
		const result = check(fm(['title: Réunion d’experts', 'location: Vienne (Autriche)']), 'fr', event, 'events');
		expect(result.ok && result.data).toMatchObject({ location: 'Vienne (Autriche)', startDate: '2022-10-11', endDate: '2022-10-12' });
	});

	test('a draft translation is not published; a draft original keeps its translations unpublished', () => {
		const draft = check(fm(['title: Brouillon', 'draft: true']));
		expect(draft.ok && draft.data['draft']).toBe(true);
		const ofDraft = check(fm(['title: Publiée']), 'fr', { ...news, data: { ...news.data, draft: true } });
		expect(ofDraft.ok && ofDraft.data['draft']).toBe(true);
	});
});

describe('what a translation may not do', () => {
	test.each([
		['repeat a shared fact with another value', fm(['title: T', 'date: 2012-03-08']), /date: is a shared fact, kept in the original content\/news\/x\.md/],
		['change the topics', fm(['title: T', 'topics: [human-trafficking]']), /topics: is a shared fact/],
		['give a link another address', fm(['title: T', 'links:', '  - label: L', '    url: https://evil.example/']), /links\.0\.url/],
		['leave out the title', fm(['dateline: Bangkok']), /: required: add the title in this language/],
		['have no text', fm(['title: T'], ''), /body: required: write the translated text/],
		['name another language than its file', fm(['title: T', 'lang: es']), /lang: says "es" but the file name says fr/],
		['carry an unknown field', fm(['title: T', 'colour: red']), /colour: unknown field/],
	])('%s', (_, source, message) => {
		expect(problems(source).join('\n')).toMatch(message);
	});

	test('be in its original’s own language', () => {
		expect(problems(fm(['title: T']), 'en').join('\n')).toMatch(/is in en, the language of its original/);
	});

	test('take the place of an original in a language the site has no pages for', () => {
		const german = { ...news, data: { ...news.data, lang: 'de' } };
		// A German original is published at the English addresses: an English translation would take its place.
		expect(problems(fm(['title: T']), 'en', german).join('\n')).toMatch(/is in de, which the site has no pages for/);
	});
});

describe('validateEntryFile and originalsFirst', () => {
	test('originals are checked first, so each translation finds its original', () => {
		const files = [
			{ type: 'news' as const, slug: 'x', translation: 'fr' },
			{ type: 'news' as const, slug: 'x', translation: undefined },
		];
		expect(originalsFirst(files).map((file) => file.translation)).toEqual([undefined, 'fr']);
	});

	test('a translation of a missing original is left to the original’s own problem', () => {
		const originals = new Map<string, OriginalEntry>();
		expect(validateEntryFile(schemas, { type: 'news', slug: 'x', translation: 'fr' }, fm(['title: T']), 'x.fr.md', {}, originals)).toBeUndefined();
		const ok = validateEntryFile(schemas, { type: 'news', slug: 'x' }, fm(['title: T', 'date: 2012-03-07']), 'x.md', {}, originals);
		expect(ok?.ok).toBe(true);
		expect(originals.has('news/x')).toBe(true);
		expect(validateEntryFile(schemas, { type: 'news', slug: 'x', translation: 'fr' }, fm(['title: T']), 'x.fr.md', {}, originals)?.ok).toBe(true);
	});
});

// Publications: the editions, cover, imprint and files' facts are shared, kept in the original; a translation only gives its words.
const lines = (...items: string[]) => fm(items);
const ORIGINAL = lines(
	'title: A study',
	'date: 2018-06-13',
	'kind: manual',
	'languages: [en, fr]',
	'cover: /covers/a-study.jpg',
	'published: 2018-06',
	'files:',
	'  - url: /files/a-en.pdf',
	'    lang: en',
	'    format: PDF',
	'    pages: 194',
	'editions:',
	'  - lang: en',
	'    isbn: 978-92-1-130350-6',
	'  - lang: fr',
	'    salesNumber: F.18.IV.9',
);
const study = validateEntry(schemas, 'publications', ORIGINAL.replace('Texte traduit.', 'Body text.'), 'a-study.md');
if (!study.ok) throw new Error(JSON.stringify(study.problems));
const translate = (source: string) =>
	validateTranslation(schemas, 'publications', 'a-study', 'fr', { data: study.data, file: 'a-study.md' }, source, 'a-study.fr.md');

describe('publication translations', () => {
	test('a translation with its title and body gets the original’s editions, cover and files', () => {
		const result = translate(lines('title: Une étude', 'files:', '  - label: Télécharger (PDF)'));
		expect(result.ok).toBe(true);
		const data = (result as { data: Record<string, unknown> }).data;
		expect(data['editions']).toEqual(study.data['editions']);
		expect(data['cover']).toBe('/covers/a-study.jpg');
		expect(data['files']).toEqual([{ url: '/files/a-en.pdf', lang: 'en', format: 'PDF', pages: 194, label: 'Télécharger (PDF)' }]);
	});

	test.each([
		[
			'editions',
			lines('title: Une étude', 'editions:', '  - lang: fr', '    salesNumber: F.18.IV.10'),
			'a-study.fr.md:3: editions: is a shared fact, kept in the original a-study.md',
		],
		['cover', lines('title: Une étude', 'cover: /covers/autre.jpg'), 'a-study.fr.md:3: cover: is a shared fact, kept in the original a-study.md'],
		['publisher', lines('title: Une étude', 'publisher: Nations Unies'), 'a-study.fr.md:3: publisher: is a shared fact, kept in the original a-study.md'],
		[
			'a file’s pages',
			lines('title: Une étude', 'files:', '  - pages: 210'),
			'a-study.fr.md:4: files.0.pages: is a shared fact, kept in the original: remove it here (only label is translated)',
		],
	])('a translation that changes the %s is refused', (_, source, message) => {
		const result = translate(source);
		expect(result.ok).toBe(false);
		expect((result as { problems: { file: string; line: number; field: string; message: string }[] }).problems.map(formatProblem).join('\n')).toContain(
			message,
		);
	});
});
