/** Translations of publications: the editions, cover, imprint and files' facts are shared, kept in the original; a translation only gives its words. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { formatProblem, type ContentProblem } from '../../../src/entry-files/problems.ts';
import { validateTranslation } from '../../../src/entry-files/translations.ts';
import { validateEntry } from '../../../src/entry-files/validate.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { createEntrySchemas } from '../../../src/entry-types/index.ts';

const schemas = createEntrySchemas(loadVocabularies(fileURLToPath(new URL('../../fixtures/content', import.meta.url))));
const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nBody text.\n`;
const ORIGINAL = fm(
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
const original = validateEntry(schemas, 'publications', ORIGINAL, 'a-study.md');
if (!original.ok) throw new Error(JSON.stringify(original.problems));
const translate = (source: string) =>
	validateTranslation(schemas, 'publications', 'a-study', 'fr', { data: original.data, file: 'a-study.md' }, source, 'a-study.fr.md');

describe('publication translations', () => {
	test('a translation with its title and body gets the original’s editions, cover and files', () => {
		const result = translate(fm('title: Une étude', 'files:', '  - label: Télécharger (PDF)'));
		expect(result.ok).toBe(true);
		const data = (result as { data: Record<string, unknown> }).data;
		expect(data['editions']).toEqual(original.data['editions']);
		expect(data['cover']).toBe('/covers/a-study.jpg');
		expect(data['files']).toEqual([{ url: '/files/a-en.pdf', lang: 'en', format: 'PDF', pages: 194, label: 'Télécharger (PDF)' }]);
	});

	test.each([
		[
			'editions',
			fm('title: Une étude', 'editions:', '  - lang: fr', '    salesNumber: F.18.IV.10'),
			'a-study.fr.md:3: editions: is a shared fact, kept in the original a-study.md',
		],
		['cover', fm('title: Une étude', 'cover: /covers/autre.jpg'), 'a-study.fr.md:3: cover: is a shared fact, kept in the original a-study.md'],
		['publisher', fm('title: Une étude', 'publisher: Nations Unies'), 'a-study.fr.md:3: publisher: is a shared fact, kept in the original a-study.md'],
		[
			'a file’s pages',
			fm('title: Une étude', 'files:', '  - pages: 210'),
			'a-study.fr.md:4: files.0.pages: is a shared fact, kept in the original: remove it here (only label is translated)',
		],
	])('a translation that changes the %s is refused', (_, source, message) => {
		const result = translate(source);
		expect(result.ok).toBe(false);
		expect((result as { problems: ContentProblem[] }).problems.map(formatProblem).join('\n')).toContain(message);
	});
});
