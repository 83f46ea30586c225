/**
 * npm run bench:citations -- [--publications N] [--runs N] [--citeproc N]
 * What citations and scholar metadata cost a build: N generated publications
 * (default 2,000, the publications of a 10,000-entry site) with one to five
 * language editions each, identifiers parsed as the schema will parse them,
 * then per publication the CSL records, APA (text and HTML), BibTeX, RIS,
 * CSL-JSON, Highwire and Dublin Core tags and the JSON-LD. Prints the median
 * and fastest of several runs, per phase. `--citeproc N` also times citeproc-js
 * APA on N records (citation-js, a devDependency), the alternative not taken.
 */
import { parseArgs } from 'node:util';
import { apaHtml, apaText, bibtex, cslJson, cslRecord, CSL_TYPES, ris, type EditionFacts } from '../src/lib/publications/citation.ts';
import { parseDoi, parseIsbn, parseSalesNumber } from '../src/lib/publications/identifiers.ts';
import { dublinCoreTags, highwireTags, publicationJsonLd, type EditionData } from '../src/lib/publications/scholar-meta.ts';

const { values } = parseArgs({
	options: { publications: { type: 'string', default: '2000' }, runs: { type: 'string', default: '7' }, citeproc: { type: 'string', default: '0' } },
});
const count = Number(values.publications);
const runs = Number(values.runs);

const LANGS = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
const TITLES: Record<string, string> = {
	en: 'Issue Paper: Smuggling of Migrants by Sea — "a global review" {2011}',
	fr: 'Document thématique : le trafic illicite de migrants par mer',
	es: 'Documento temático: el tráfico ilícito de migrantes por mar',
	ru: 'Тематический документ: незаконный ввоз мигрантов по морю',
	ar: 'ورقة مسائل: تهريب المهاجرين عن طريق البحر',
	zh: '专题文件：海上偷运移民',
};
const KINDS = Object.keys(CSL_TYPES);
/** ISBN-13s with valid check digits in the UN's range 978-92-1-…. */
const isbn = (n: number) => {
	const body = `978921${String(100000 + (n % 900000)).padStart(6, '0')}`;
	const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
	return `${body}${(10 - (sum % 10)) % 10}`;
};

/** What the schema would hand over for one publication: raw identifiers as editors type them. */
interface RawPublication {
	slug: string;
	kind: string;
	date: string;
	editions: { lang: string; isbn?: string | undefined; doi?: string | undefined; sales?: string | undefined; pages: number }[];
}
const corpus: RawPublication[] = Array.from({ length: count }, (_, i) => ({
	slug: `publication-${i}`,
	kind: KINDS[i % KINDS.length]!,
	date: `${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
	editions: LANGS.slice(0, 1 + (i % 5)).map((lang, j) => ({
		lang,
		isbn: i % 3 ? `ISBN ${isbn(i * 7 + j)}` : undefined,
		doi: i % 4 === 0 ? `https://doi.org/10.18356/${i}-${lang}` : undefined,
		sales:
			i % 2
				? `Sales No. ${({ en: 'E', fr: 'F', es: 'S', ru: 'R', ar: 'A', zh: 'C' } as Record<string, string>)[lang]}.${String(i % 100).padStart(2, '0')}.IV.${1 + (i % 20)}`
				: undefined,
		pages: 20 + (i % 300),
	})),
}));

const SITE = 'https://www.unodc.org/smuggling-of-migrants';
const phases = ['identifiers', 'CSL records', 'APA text + HTML', 'BibTeX + RIS + CSL-JSON', 'Highwire + Dublin Core', 'JSON-LD'] as const;
type Phase = (typeof phases)[number];

function run(): Record<Phase, number> {
	const time: Record<Phase, number> = Object.fromEntries(phases.map((phase) => [phase, 0])) as Record<Phase, number>;
	let sink = 0;
	for (const publication of corpus) {
		let t = performance.now();
		const facts: EditionFacts[] = publication.editions.map((edition) => {
			const parsedIsbn = edition.isbn ? parseIsbn(edition.isbn) : undefined;
			const parsedDoi = edition.doi ? parseDoi(edition.doi) : undefined;
			const parsedSales = edition.sales ? parseSalesNumber(edition.sales) : undefined;
			return {
				id: `${publication.slug}-${edition.lang}`,
				title: TITLES[edition.lang]!,
				lang: edition.lang,
				date: publication.date,
				kind: publication.kind,
				url: `${SITE}/publications/${publication.slug}/`,
				pages: edition.pages,
				isbn: parsedIsbn?.ok ? parsedIsbn.value.hyphenated : undefined,
				doi: parsedDoi?.ok ? parsedDoi.value.doi : undefined,
				salesNumber: parsedSales?.ok ? parsedSales.value.value : undefined,
			};
		});
		time.identifiers += performance.now() - t;
		t = performance.now();
		const records = facts.map(cslRecord);
		time['CSL records'] += performance.now() - t;
		t = performance.now();
		sink += apaText(records[0]!).length + apaHtml(records[0]!, 'en').length;
		time['APA text + HTML'] += performance.now() - t;
		t = performance.now();
		sink += bibtex(records).length + ris(records).length + cslJson(records).length;
		time['BibTeX + RIS + CSL-JSON'] += performance.now() - t;
		t = performance.now();
		const editions: EditionData[] = records.map((record) => ({
			record,
			files: [{ url: `${SITE}/files/${record.id}.pdf`, format: 'PDF', size: '1.2 MB', pages: record['number-of-pages'] }],
		}));
		sink += highwireTags(editions[0]!).length + dublinCoreTags(editions[0]!).length;
		time['Highwire + Dublin Core'] += performance.now() - t;
		t = performance.now();
		sink += JSON.stringify(publicationJsonLd(editions, { authorUrl: 'https://www.unodc.org/' })).length;
		time['JSON-LD'] += performance.now() - t;
	}
	if (sink === 0) throw new Error('nothing was rendered');
	return time;
}

const results = Array.from({ length: runs }, run);
const editions = corpus.reduce((total, publication) => total + publication.editions.length, 0);
const total = (result: Record<Phase, number>) => phases.reduce((sum, phase) => sum + result[phase], 0);
const sorted = [...results].sort((a, b) => total(a) - total(b));
const median = sorted[Math.floor(sorted.length / 2)]!;
const fastest = sorted[0]!;
console.log(
	`${count} publications, ${editions} editions, ${runs} runs (first includes warm-up); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
);
for (const phase of phases)
	console.log(`  ${phase.padEnd(26)} median ${median[phase].toFixed(1).padStart(7)} ms   fastest ${fastest[phase].toFixed(1).padStart(7)} ms`);
console.log(
	`  ${'total'.padEnd(26)} median ${total(median).toFixed(1).padStart(7)} ms   fastest ${total(fastest).toFixed(1).padStart(7)} ms   first run ${total(results[0]!).toFixed(1)} ms`,
);

const citeproc = Number(values.citeproc);
if (citeproc > 0) {
	const { Cite } = await import('@citation-js/core');
	await import('@citation-js/plugin-csl');
	const records = corpus.slice(0, citeproc).map((publication) =>
		cslRecord({
			id: publication.slug,
			title: TITLES['en']!,
			lang: 'en',
			date: publication.date,
			kind: publication.kind,
			url: `${SITE}/publications/${publication.slug}/`,
		}),
	);
	const t = performance.now();
	for (const record of records) new Cite(record).format('bibliography', { template: 'apa', lang: 'en-US', format: 'html' });
	const ms = performance.now() - t;
	console.log(
		`citeproc-js APA: ${citeproc} records in ${ms.toFixed(0)} ms = ${(ms / citeproc).toFixed(2)} ms a record (${(((ms / citeproc) * count) / 1000).toFixed(1)} s for ${count})`,
	);
}
