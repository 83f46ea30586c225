/**
 * Citations (src/lib/publications/citation.ts): the canonical CSL record, and
 * every rendering parsed back by a parser that did not write it — citation-js
 * for BibTeX and RIS, citeproc-js (APA style) for the APA text, parse5 for the
 * HTML, Debian's python3-bibtexparser (when installed) for BibTeX once more.
 */
import { spawnSync } from 'node:child_process';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parseFragment } from 'parse5';
import { describe, expect, test } from 'vitest';
import {
	apaHtml,
	apaText,
	bibtex,
	bibtexEntry,
	cslJson,
	cslRecord,
	CSL_TYPES,
	escapeLatex,
	ris,
	risRecord,
	type CslRecord,
	type EditionFacts,
} from '../../../src/lib/publications/citation.ts';

const URL_ = 'https://www.example.org/sub/publications/global-study/';
const edition = (overrides: Partial<EditionFacts> = {}): EditionFacts => ({
	id: 'global-study-en',
	title: 'Global Study on Smuggling of Migrants 2018',
	lang: 'en',
	date: '2018-06-01',
	kind: 'report',
	url: URL_,
	...overrides,
});
const globalStudy = edition({ isbn: '978-92-1-130350-6', eisbn: '978-92-1-045181-9', salesNumber: 'E.18.IV.9', pages: 194, place: 'New York' });

/** Titles that break naive generators: quotes, braces (one unbalanced), accents, LaTeX specials, three scripts, a line break. */
const HARD_TITLES: [string, string, string][] = [
	['quotes', 'Smuggling "by sea" and \'by air\'', 'en'],
	['braces', '{Model} law with a lone { brace', 'en'],
	['accents', 'Trafic illicite de migrants : café, niño, Müller, São Tomé', 'fr'],
	['LaTeX specials', '100% & $5 #1 under_score ^caret ~tilde back\\slash', 'en'],
	['Arabic', 'تهريب المهاجرين عن طريق البحر', 'ar'],
	['Chinese', '偷运移民问题专题文件', 'zh'],
	['Russian', 'Незаконный ввоз мигрантов по морю', 'ru'],
	['everything at once', 'He said "¿{Qué}?" – تهريب 偷运 ввоз %&$#_^~\\', 'es'],
];

/** citation-js's reading of one BibTeX or RIS text: its first record. */
function parsed(text: string): Record<string, unknown> {
	const data = new Cite(text).data as Record<string, unknown>[];
	expect(data).toHaveLength(1);
	return data[0]!;
}

/** The name citation-js read for a corporate author, whichever field it put it in. */
const nameOf = (record: Record<string, unknown>) => {
	const [author] = record['author'] as { literal?: string; family?: string; given?: string }[];
	expect(author?.given).toBeUndefined();
	return author?.literal ?? author?.family;
};

describe('cslRecord', () => {
	test('the Global Study: corporate author, imprint, year, identifiers, pages', () => {
		expect(cslRecord(globalStudy)).toEqual({
			id: 'global-study-en',
			type: 'report',
			title: 'Global Study on Smuggling of Migrants 2018',
			author: [{ literal: 'United Nations Office on Drugs and Crime' }],
			issued: { 'date-parts': [[2018, 6, 1]] },
			publisher: 'United Nations',
			'publisher-place': 'New York',
			language: 'en',
			URL: URL_,
			ISBN: '978-92-1-130350-6',
			number: 'E.18.IV.9',
			'number-of-pages': 194,
			custom: { 'sales-number': 'E.18.IV.9', eISBN: '978-92-1-045181-9' },
		});
	});

	test('defaults: UNODC, United Nations, Vienna; nothing invented', () => {
		expect(cslRecord(edition())).toEqual({
			id: 'global-study-en',
			type: 'report',
			title: 'Global Study on Smuggling of Migrants 2018',
			author: [{ literal: 'United Nations Office on Drugs and Crime' }],
			issued: { 'date-parts': [[2018, 6, 1]] },
			publisher: 'United Nations',
			'publisher-place': 'Vienna',
			language: 'en',
			URL: URL_,
		});
	});

	test.each([
		[{ eisbn: '978-92-1-045181-9' }, { ISBN: '978-92-1-045181-9' }],
		[{ symbol: 'CTOC/COP/WG.7/2012/2' }, { number: 'CTOC/COP/WG.7/2012/2', custom: { 'document-symbol': 'CTOC/COP/WG.7/2012/2' } }],
		[
			{ symbol: 'A/RES/55/25', salesNumber: 'E.05.V.2' },
			{ number: 'E.05.V.2', custom: { 'sales-number': 'E.05.V.2', 'document-symbol': 'A/RES/55/25' } },
		],
		[{ doi: '10.18356/abc' }, { DOI: '10.18356/abc' }],
		[
			{ issuingBody: 'UNODC and UNHCR', publisher: 'UNODC', place: 'Bangkok' },
			{ author: [{ literal: 'UNODC and UNHCR' }], publisher: 'UNODC', 'publisher-place': 'Bangkok' },
		],
		[{ date: '2011' }, { issued: { 'date-parts': [[2011]] } }],
		[{ date: '2011-12' }, { issued: { 'date-parts': [[2011, 12]] } }],
	])('%j → %j', (overrides, expected) => {
		expect(cslRecord(edition(overrides))).toMatchObject(expected);
	});

	test.each(Object.entries(CSL_TYPES))('kind %s is CSL type %s', (kind, type) => {
		expect(cslRecord(edition({ kind })).type).toBe(type);
	});

	test('an unknown kind is a plain document; a malformed date is refused', () => {
		expect(cslRecord(edition({ kind: 'poster' })).type).toBe('document');
		expect(() => cslRecord(edition({ date: '07/03/2012' }))).toThrow(/Not a publication date/);
	});
});

describe('APA 7', () => {
	test.each([
		[
			'report with a sales number',
			globalStudy,
			'United Nations Office on Drugs and Crime. (2018). Global Study on Smuggling of Migrants 2018 (Sales No. E.18.IV.9). United Nations. https://www.example.org/sub/publications/global-study/',
		],
		[
			'DOI instead of the URL',
			edition({ doi: '10.18356/abc' }),
			'United Nations Office on Drugs and Crime. (2018). Global Study on Smuggling of Migrants 2018. United Nations. https://doi.org/10.18356/abc',
		],
		[
			'document symbol',
			edition({ symbol: 'CTOC/COP/WG.7/2012/2' }),
			'United Nations Office on Drugs and Crime. (2018). Global Study on Smuggling of Migrants 2018 (CTOC/COP/WG.7/2012/2). United Nations. https://www.example.org/sub/publications/global-study/',
		],
		[
			'book',
			edition({ kind: 'manual', isbn: '978-92-1-130350-6' }),
			'United Nations Office on Drugs and Crime. (2018). Global Study on Smuggling of Migrants 2018. United Nations. https://www.example.org/sub/publications/global-study/',
		],
		[
			'title ending in a question mark',
			edition({ title: 'Who smuggles?' }),
			'United Nations Office on Drugs and Crime. (2018). Who smuggles? United Nations. https://www.example.org/sub/publications/global-study/',
		],
		[
			'video: full date and [Video]',
			edition({ kind: 'video', date: '2011-12-15' }),
			'United Nations Office on Drugs and Crime. (2011, December 15). Global Study on Smuggling of Migrants 2018 [Video]. United Nations. https://www.example.org/sub/publications/global-study/',
		],
		[
			'publisher that is the author is left out (§9.25)',
			edition({ issuingBody: 'United Nations' }),
			'United Nations. (2018). Global Study on Smuggling of Migrants 2018. https://www.example.org/sub/publications/global-study/',
		],
		[
			'white space collapsed',
			edition({ title: ' Issue paper:\n smuggling  by sea ' }),
			'United Nations Office on Drugs and Crime. (2018). Issue paper: smuggling by sea. United Nations. https://www.example.org/sub/publications/global-study/',
		],
	])('%s', (_, facts, expected) => {
		expect(apaText(cslRecord(facts))).toBe(expected);
	});

	/**
	 * citeproc-js with the APA style, given the label our APA puts before a sales
	 * number. Its typography is undone: curly quotes (with the period moved
	 * inside them) and the narrow spaces it puts before French colons, which our
	 * APA leaves as the editor wrote them.
	 */
	const citeproc = (record: CslRecord) => {
		const labelled = { ...record, number: record.custom?.['sales-number'] ? `Sales No. ${record.number}` : record.number };
		const text = (new Cite(labelled).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' }) as string).trim();
		return text
			.replace(/[“”]/g, '"')
			.replace(/[‘’]/g, "'")
			.replace(/[\u00a0\u202f]/g, ' ')
			.replace(/([.,])(["'])/g, '$2$1');
	};
	test.each([
		['report, sales number, ISBN', globalStudy],
		['report with a DOI', edition({ doi: '10.18356/abc' })],
		['report with a symbol', edition({ symbol: 'CTOC/COP/WG.7/2012/2' })],
		['book with an ISBN', edition({ kind: 'manual', isbn: '978-92-1-130350-6' })],
		['book with a sales number', edition({ kind: 'model-law', salesNumber: 'E.10.V.5' })],
		['a tool, dated to the day', edition({ kind: 'tool', date: '2011-08-08' })],
		['a question', edition({ title: 'Who smuggles?' })],
		...HARD_TITLES.map(([name, title, lang]): [string, EditionFacts] => [`title with ${name}`, edition({ title, lang })]),
	])('agrees with citeproc-js: %s', (_, facts) => {
		const record = cslRecord(facts);
		expect(apaText(record)).toBe(citeproc(record));
	});

	test('differs from citeproc-js where its APA style is older than APA 7', () => {
		const video = cslRecord(edition({ kind: 'video', date: '2011-12-15' }));
		expect(citeproc(video)).toContain('[Video recording]');
		expect(apaText(video)).toContain('[Video]');
		const own = cslRecord(edition({ issuingBody: 'United Nations' }));
		expect(citeproc(own)).toContain('. United Nations. https');
		expect(apaText(own)).not.toContain('. United Nations. https');
	});

	/** The text of an HTML fragment, and its elements, as parse5 reads them. */
	function readHtml(html: string) {
		const elements: { tag: string; attrs: Record<string, string>; text: string }[] = [];
		interface HtmlNode {
			nodeName: string;
			tagName?: string;
			value?: string;
			attrs?: { name: string; value: string }[];
			childNodes?: HtmlNode[];
		}
		const textOf = (node: HtmlNode): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join(''));
		const walk = (node: HtmlNode) => {
			for (const child of node.childNodes ?? []) {
				if (child.tagName)
					elements.push({ tag: child.tagName, attrs: Object.fromEntries((child.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(child) });
				walk(child);
			}
		};
		const fragment = parseFragment(html);
		walk(fragment);
		return { text: textOf(fragment), elements };
	}

	test.each([
		...HARD_TITLES.map(([name, title, lang]): [string, string, string] => [name, title, lang]),
		['markup', 'Smuggling <script>alert(1)</script> & <b onclick="x()">bold</b> \'quoted\'', 'en'],
	])('HTML with a title with %s: same text as the plain reference, title in <i>, nothing raw', (_, title, lang) => {
		const record = cslRecord(edition({ title, lang, doi: '10.1000/"><script>' }));
		const html = apaHtml(record, 'en');
		const { text, elements } = readHtml(html);
		expect(text).toBe(apaText(record));
		expect(elements.map((element) => element.tag)).toEqual(['i', 'a']);
		expect(elements[0]!.text).toBe(title);
		expect(elements[1]!.attrs['href']).toBe('https://doi.org/10.1000/%22%3E%3Cscript%3E');
		expect(html).not.toMatch(/<(?!\/?(i|a)\b)/);
	});

	test.each([
		['en', 'en', {}],
		['ar', 'en', { lang: 'ar', dir: 'rtl' }],
		['fr', 'en', { lang: 'fr' }],
		['en', 'fr', { lang: 'en' }],
		['en', undefined, {}],
	])('a %s edition on a %s page: title attributes %j', (lang, pageLang, attrs) => {
		const { elements } = readHtml(apaHtml(cslRecord(edition({ lang })), pageLang));
		expect(elements[0]!.attrs).toEqual(attrs);
	});
});

describe('BibTeX', () => {
	test('the Global Study as a @techreport', () => {
		expect(bibtexEntry(cslRecord(globalStudy))).toBe(`@techreport{global-study-en,
  author = {{United Nations Office on Drugs and Crime}},
  title = {{Global Study on Smuggling of Migrants 2018}},
  institution = {United Nations},
  address = {New York},
  year = {2018},
  month = jun,
  date = {2018-06-01},
  type = {Sales No.},
  number = {E.18.IV.9},
  pagetotal = {194},
  isbn = {978-92-1-130350-6},
  url = {https://www.example.org/sub/publications/global-study/},
  language = {en},
  langid = {english},
}
`);
	});

	test.each([
		['\\', '{\\textbackslash}'],
		['{', '{\\textbraceleft}'],
		['}', '{\\textbraceright}'],
		['%&$#_', '\\%\\&\\$\\#\\_'],
		['^~', '{\\textasciicircum}{\\textasciitilde}'],
		['"é ñ ü تهريب"', '"é ñ ü تهريب"'],
		['a\n  b', 'a b'],
	])('escapes %j as %j', (input, expected) => {
		expect(escapeLatex(input)).toBe(expected);
	});

	const kinds: [string, string, string][] = [
		['report', 'techreport', 'report'],
		['manual', 'book', 'book'],
		['video', 'misc', 'document'],
		['tool', 'misc', 'document'],
	];
	test.each(kinds.flatMap(([kind, entry, back]) => HARD_TITLES.map(([name, title, lang]) => ({ kind, entry, back, name, title, lang }))))(
		'a $kind with a title with $name reads back through citation-js as @$entry',
		({ kind, entry, back, title, lang }) => {
			const record = cslRecord(edition({ kind, title, lang, isbn: '978-92-1-130350-6', doi: '10.18356/a_b%c', salesNumber: 'E.18.IV.9', pages: 12 }));
			const text = bibtex([record]);
			expect(text.startsWith(`@${entry}{global-study-en,\n`)).toBe(true);
			const read = parsed(text);
			expect(nameOf(read)).toBe('United Nations Office on Drugs and Crime');
			expect(read).toMatchObject({
				type: back,
				title,
				publisher: 'United Nations',
				'publisher-place': 'Vienna',
				issued: { 'date-parts': [[2018, 6, 1]] },
				ISBN: '978-92-1-130350-6',
				DOI: '10.18356/a_b%c',
				URL: URL_,
				language: lang,
				'number-of-pages': '12',
			});
			if (entry === 'techreport') expect(read).toMatchObject({ number: 'E.18.IV.9', genre: 'Sales No.' });
			else expect(read).toMatchObject({ note: 'United Nations publication, Sales No. E.18.IV.9' });
		},
	);

	test('several editions make one file with one entry each', () => {
		const records = ['en', 'fr', 'ar'].map((lang) => cslRecord(edition({ id: `global-study-${lang}`, lang })));
		const data = new Cite(bibtex(records)).data as { id: string; language: string }[];
		expect(data.map((record) => [record.id, record.language])).toEqual([
			['global-study-en', 'en'],
			['global-study-fr', 'fr'],
			['global-study-ar', 'ar'],
		]);
	});

	test('a citation key keeps only what BibTeX accepts', () => {
		expect(bibtexEntry(cslRecord(edition({ id: 'a b,{c}#d' })))).toMatch(/^@techreport\{a-b--c--d,\n/);
	});

	// Debian's python3-bibtexparser, a second parser: it checks the structure (fields and braces), not the LaTeX decoding.
	const python = spawnSync('/usr/bin/python3', ['-c', 'import bibtexparser'], { encoding: 'utf8' });
	test.skipIf(python.status !== 0)('python3-bibtexparser reads every field with the same raw value', () => {
		const records = HARD_TITLES.map(([name, title, lang], i) =>
			cslRecord(
				edition({
					id: `t${i}-${name.replace(/\W/g, '')}`,
					kind: i % 2 ? 'manual' : 'report',
					title,
					lang,
					isbn: '978-92-1-130350-6',
					salesNumber: 'E.18.IV.9',
				}),
			),
		);
		const script =
			'import sys, json, bibtexparser\nfrom bibtexparser.bparser import BibTexParser\nprint(json.dumps(bibtexparser.loads(sys.stdin.read(), parser=BibTexParser(common_strings=True)).entries))';
		const run = spawnSync('/usr/bin/python3', ['-c', script], { input: bibtex(records), encoding: 'utf8' });
		expect(run.stderr).toBe('');
		const entries = JSON.parse(run.stdout) as Record<string, string>[];
		expect(entries.map((entry) => entry['ID'])).toEqual(records.map((record) => record.id));
		entries.forEach((entry, i) => {
			expect(entry['title']).toBe(`{${escapeLatex(records[i]!.title)}}`);
			expect(entry['author']).toBe('{United Nations Office on Drugs and Crime}');
			expect(entry['isbn']).toBe('978-92-1-130350-6');
			expect(entry['ENTRYTYPE']).toBe(i % 2 ? 'book' : 'techreport');
		});
	});
});

describe('RIS', () => {
	test('the Global Study: tags in order, CRLF line ends, ER last', () => {
		expect(risRecord(cslRecord({ ...globalStudy, doi: '10.18356/abc' })).split('\r\n')).toEqual([
			'TY  - RPRT',
			'AU  - United Nations Office on Drugs and Crime',
			'TI  - Global Study on Smuggling of Migrants 2018',
			'PY  - 2018',
			'DA  - 2018/06/01/',
			'PB  - United Nations',
			'CY  - New York',
			'SN  - E.18.IV.9',
			'SP  - 194',
			'DO  - 10.18356/abc',
			`UR  - ${URL_}`,
			'LA  - en',
			'N1  - ISBN 978-92-1-130350-6',
			'ER  - ',
			'',
		]);
	});

	const types: [string, string, string][] = [
		['report', 'RPRT', 'report'],
		['manual', 'BOOK', 'book'],
		['video', 'VIDEO', 'motion_picture'],
		['tool', 'GEN', 'document'],
	];
	test.each(types.flatMap(([kind, ty, back]) => HARD_TITLES.map(([name, title, lang]) => ({ kind, ty, back, name, title, lang }))))(
		'a $kind ($ty) with a title with $name reads back through citation-js',
		({ kind, ty, back, title, lang }) => {
			const record = cslRecord(edition({ kind, title, lang, date: '2011-12', isbn: '978-92-1-130350-6', doi: '10.18356/abc', salesNumber: 'E.18.IV.9' }));
			const text = ris([record]);
			for (const line of text.split('\r\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
			expect(text).not.toMatch(/[^\r]\n/);
			expect(text.startsWith(`TY  - ${ty}\r\n`)).toBe(true);
			expect(text.endsWith('ER  - \r\n')).toBe(true);
			const read = parsed(text);
			expect(nameOf(read)).toBe('United Nations Office on Drugs and Crime');
			expect(read).toMatchObject({
				type: back,
				title,
				publisher: 'United Nations',
				'publisher-place': 'Vienna',
				issued: { 'date-parts': [[2011, 12]] },
				DOI: '10.18356/abc',
				URL: URL_,
				language: lang,
			});
			if (ty === 'RPRT') expect(read).toMatchObject({ number: 'E.18.IV.9', note: 'ISBN 978-92-1-130350-6' });
			else expect(read).toMatchObject({ ISBN: '978-92-1-130350-6', note: 'United Nations publication, Sales No. E.18.IV.9' });
		},
	);

	test('a line break in a title stays on the TI line', () => {
		expect(risRecord(cslRecord(edition({ title: 'One\r\ntwo\nthree' })))).toContain('\r\nTI  - One two three\r\n');
	});

	test('several editions: one record each, read back in order', () => {
		const records = ['en', 'fr', 'ar'].map((lang) => cslRecord(edition({ id: `global-study-${lang}`, lang })));
		expect((new Cite(ris(records)).data as { language: string }[]).map((record) => record.language)).toEqual(['en', 'fr', 'ar']);
	});
});

describe('CSL-JSON', () => {
	test('is the records themselves, and citation-js takes it as they are', () => {
		const records = HARD_TITLES.map(([, title, lang], i) => cslRecord({ ...globalStudy, id: `t${i}`, title, lang }));
		const text = cslJson(records);
		expect(JSON.parse(text)).toEqual(records);
		const data = new Cite(text).data as CslRecord[];
		expect(data.map(({ id, title, language, ISBN, number }) => ({ id, title, language, ISBN, number }))).toEqual(
			records.map(({ id, title, language, ISBN, number }) => ({ id, title, language, ISBN, number })),
		);
	});
});
