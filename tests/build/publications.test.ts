/**
 * A publication with every scholarly field (tests/fixtures/scholarly, built
 * into the paging test site): its page shows each edition's files and
 * identifiers and the APA reference, its head carries Highwire, Dublin Core
 * and JSON-LD, and its citation files parse back with citation-js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { describe, expect, test } from 'vitest';

const SITE = 'tests/.sites/paging';
const SLUG = 'global-study-on-smuggling-of-migrants-2018';
const PAGE_URL = `https://www.example.org/publications/${SLUG}/`;
const read = (path: string) => readFileSync(join(SITE, path), 'utf8');
const page = read(`publications/${SLUG}/index.html`);
const text = page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const meta = (name: string) => [...page.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)"`, 'g'))].map((match) => match[1]);
const TITLES = [
	'Global Study on Smuggling of Migrants 2018',
	'Étude mondiale sur le trafic illicite de migrants 2018 : « données » {et} analyses',
	'الدراسة العالمية بشأن تهريب المهاجرين 2018',
];

describe('publication page', () => {
	test.each([
		['issuing body', 'Issued by United Nations Office on Drugs and Crime'],
		['imprint', 'Publisher United Nations, New York'],
		['publication date, to the month', 'Publication date June 2018'],
		['edition headings', 'English edition'],
		['file with format, size and pages', '(PDF, 4.3 MB, 194 pages)'],
		['hyphenated ISBN-13 from the digits written', 'ISBN 978-92-1-130350-6'],
		['sales number', 'Sales No. E.18.IV.9'],
		[
			'the APA reference, the DOI replacing the page URL',
			'United Nations Office on Drugs and Crime. (2018). Global Study on Smuggling of Migrants 2018 (Sales No. E.18.IV.9). United Nations. https://doi.org/10.18356/9789210451819',
		],
	])('%s', (_, expected) => {
		expect(text).toContain(expected);
	});

	test('the DOI is a doi.org link; the French and Arabic titles carry their language', () => {
		expect(page).toContain('<a href="https://doi.org/10.18356/9789210451819">https://doi.org/10.18356/9789210451819</a>');
		expect(page).toMatch(/<p class="edition__title" lang="ar" dir="rtl">الدراسة العالمية/);
	});

	test('the citation downloads are linked beside the reference', () => {
		for (const extension of ['bib', 'ris', 'json']) expect(page).toContain(`href="/publications/${SLUG}/cite.${extension}"`);
	});
});

describe('publication head', () => {
	test('Highwire tags for Google Scholar and Zotero', () => {
		expect(meta('citation_title')).toEqual([TITLES[0]]);
		expect(meta('citation_author')).toEqual(['United Nations Office on Drugs and Crime']);
		expect(meta('citation_publication_date')).toEqual(['2018']);
		expect(meta('citation_isbn')).toEqual(['9789211303506', '9789210451819']);
		expect(meta('citation_doi')).toEqual(['10.18356/9789210451819']);
		expect(meta('citation_pdf_url')).toEqual(['https://www.unodc.org/documents/data-and-analysis/glosom/GLOSOM_2018_web_small.pdf']);
		expect(meta('citation_technical_report_number')).toEqual(['E.18.IV.9']);
	});

	test('Dublin Core with its schema links', () => {
		expect(meta('DC.creator')).toEqual(['United Nations Office on Drugs and Crime']);
		expect(meta('DC.identifier')).toContain('urn:isbn:9789211303506');
		expect(page).toContain('<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">');
	});

	test('JSON-LD: the English edition as the work, the others as its translations, its file under encoding', () => {
		const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!;
		const data = JSON.parse(script) as Record<string, unknown> & {
			workTranslation: { name: string; inLanguage: string }[];
			encoding: { contentUrl: string }[];
		};
		expect(data['@type']).toEqual(['Report', 'Book']);
		expect(data['isbn']).toEqual(['9789211303506', '9789210451819']);
		expect(data['numberOfPages']).toBe(194);
		expect(data.workTranslation.map((work) => [work.inLanguage, work.name])).toEqual([
			['fr', TITLES[1]],
			['ar', TITLES[2]],
		]);
		expect(data.encoding[0]!.contentUrl).toMatch(/GLOSOM_2018_web_small\.pdf$/);
	});
});

describe('citation files', () => {
	test.each(['bib', 'ris', 'json'])('cite.%s parses back with citation-js: three editions, their titles and languages', (extension) => {
		const data = new Cite(read(`publications/${SLUG}/cite.${extension}`)).data as { title: string; language: string; URL: string; ISBN?: string }[];
		expect(data.map((record) => record.title)).toEqual(TITLES);
		expect(data.map((record) => record.language)).toEqual(['en', 'fr', 'ar']);
		expect(data[0]!.URL).toBe(PAGE_URL);
	});
});

describe('data API', () => {
	test('the entry document carries the identifiers in their normal form and the citation files', () => {
		const document = JSON.parse(read(`api/v1/entries/publications/${SLUG}.json`)) as {
			fields: { editions: { isbn?: string; doi?: string }[] };
			citations: Record<string, string>;
		};
		expect(document.fields.editions[0]).toMatchObject({ isbn: '978-92-1-130350-6', doi: '10.18356/9789210451819' });
		expect(document.citations['bib']).toBe(`${PAGE_URL}cite.bib`);
	});
});
