/**
 * Identifiers of a publication edition: ISBN (print or electronic), DOI, UN
 * sales number and UN document symbol. Each parser takes what an editor typed
 * (copied from an imprint page, a catalogue or a URL), returns the normalised
 * value or a message saying what to write instead. Messages name no field: the
 * schema puts them after `file:line: field:`. Plain TypeScript, no framework.
 *
 * Normal forms (see docs/proposals/publication-metadata.md):
 * - ISBN: always ISBN-13, hyphenated at the ISBN agency's group and publisher
 *   boundaries (`978-92-1-130350-6`, as UN imprint pages print it), with the
 *   plain 13 digits beside it for machine fields; ISBN-10 input is converted.
 * - DOI: the bare DOI (`10.18356/…`, case kept) and its `https://doi.org/` URL.
 * - Sales number: upper case without the `Sales No.` label (`E.18.IV.9`).
 * - Document symbol: as printed, spaces around slashes removed.
 */
import { parse as parseIsbnRanges } from 'isbn3';

/** What a parser returns: the normalised value, or what to tell the editor. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const quote = (input: string) => JSON.stringify(input);

/** An ISBN in its two normal forms. */
export interface Isbn {
	/** The 13 digits, such as `9789211303506`: for machine-read fields. */
	isbn13: string;
	/** Hyphenated at the agency's boundaries, such as `978-92-1-130350-6`: for people and citations. */
	hyphenated: string;
}

/** The check digit an ISBN-10 or ISBN-13 body should end with (`X` for ten in ISBN-10). */
function checkDigit(body: string): string {
	if (body.length === 9) {
		const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
		const check = (11 - (sum % 11)) % 11;
		return check === 10 ? 'X' : String(check);
	}
	const sum = [...body].reduce((total, digit, i) => total + Number(digit) * (i % 2 ? 3 : 1), 0);
	return String((10 - (sum % 10)) % 10);
}

const ISBN_EXAMPLE = 'such as 978-92-1-130350-6';

/**
 * Parses an ISBN-10 or ISBN-13, with or without hyphens or spaces and an `ISBN`
 * label; checks the check digit and that the number falls in a range the ISBN
 * agency has assigned (isbn3's range table), and returns the ISBN-13 forms.
 */
export function parseIsbn(input: string): ParseResult<Isbn> {
	const trimmed = input.trim();
	const unlabelled = trimmed.replace(/^(e-?)?ISBN(-1[03])?\s*:?\s*/i, '');
	if (!unlabelled) return fail(`is empty: write the ISBN printed on the publication, ${ISBN_EXAMPLE}`);
	if (/[^0-9Xx\s-]/.test(unlabelled)) {
		return fail(`${quote(input)} is not an ISBN: write its 13 (or 10) digits, with or without hyphens, ${ISBN_EXAMPLE}`);
	}
	const compact = unlabelled.replace(/[\s-]/g, '').toUpperCase();
	if (compact.length !== 10 && compact.length !== 13) {
		return fail(`${quote(input)} has ${compact.length} digits, but an ISBN has 13 (or 10): check that none is missing or doubled, ${ISBN_EXAMPLE}`);
	}
	if (compact.slice(0, -1).includes('X') || (compact.length === 13 && compact.endsWith('X'))) {
		return fail(`${quote(input)} is not an ISBN: only an ISBN-10 may end with X, and no ISBN has X elsewhere`);
	}
	if (compact.length === 13 && !/^97[89]/.test(compact)) {
		return fail(`${quote(input)} is not an ISBN: an ISBN-13 starts with 978 or 979 (an ISSN or another number may have been copied)`);
	}
	if (checkDigit(compact.slice(0, -1)) !== compact.slice(-1)) {
		return fail(
			`${quote(input)} is not a valid ISBN: its check digit (the last one) does not match the others, so a digit is probably mistyped; copy it again from the publication's imprint page`,
		);
	}
	const parsed = parseIsbnRanges(compact);
	if (!parsed) {
		return fail(
			`${quote(input)} has a valid check digit but lies outside every range the ISBN agency has assigned: check the first digits (UN publications start 978-92-1-)`,
		);
	}
	return { ok: true, value: { isbn13: parsed.isbn13, hyphenated: parsed.isbn13h } };
}

/** A DOI in its two normal forms. */
export interface Doi {
	/** The bare DOI, such as `10.18356/ab12-en`. */
	doi: string;
	/** The resolver URL, such as `https://doi.org/10.18356/ab12-en`. */
	url: string;
}

const DOI_EXAMPLE = 'such as 10.18356/9789210451819 or https://doi.org/10.18356/9789210451819';
/** `10.` + registrant code (digits, possibly subdivided by dots) + `/` + a suffix of printable characters (DOI Handbook §2.2). */
const DOI_SYNTAX = /^10\.\d{4,9}(\.\d+)*\/[^\s\u0000-\u001f\u007f]+$/;

/** The resolver URL of a bare DOI: characters a URL path cannot carry are percent-encoded (DOI Handbook §2.5.2.3). */
export function doiUrl(doi: string): string {
	return `https://doi.org/${doi.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (char) => encodeURIComponent(char))}`;
}

/** Parses a DOI written bare, as `doi:10.…`, `DOI 10.…` or as a doi.org / dx.doi.org URL. */
export function parseDoi(input: string): ParseResult<Doi> {
	let value = input.trim();
	if (!value) return fail(`is empty: write the DOI, ${DOI_EXAMPLE}`);
	const url = /^https?:\/\/(?:dx\.|www\.)?doi\.org\/(.*)$/i.exec(value);
	if (url) {
		try {
			value = decodeURIComponent(url[1] ?? '');
		} catch {
			return fail(`${quote(input)} is not a DOI URL: its %-escapes are broken; write the bare DOI instead, ${DOI_EXAMPLE}`);
		}
	} else if (/^https?:\/\//i.test(value)) {
		return fail(`${quote(input)} is a web address, not a DOI: write the DOI (it starts with 10.), ${DOI_EXAMPLE}`);
	} else {
		value = value.replace(/^doi\s*:?\s*/i, '');
	}
	if (!DOI_SYNTAX.test(value)) {
		return fail(`${quote(input)} is not a DOI: a DOI is "10.", a registrant number of four or more digits, "/" and a suffix without spaces, ${DOI_EXAMPLE}`);
	}
	return { ok: true, value: { doi: value, url: doiUrl(value) } };
}

/** A UN sales number, parsed into its parts. */
export interface SalesNumber {
	/** Normal form, such as `E.18.IV.9` or `E.GV.02.0.3`. */
	value: string;
	/** Language prefix letters: E, F, S, R, C, A or M (multilingual), possibly several (`E/F`). */
	languages: string[];
	/** Two-digit year of issue, such as `18`. */
	year: string;
	/** Sales category: `0` or a roman numeral with an optional sub-series letter, such as `IV` or `II.F`. */
	category: string;
	/** Running number within the year and category. */
	number: string;
}

/** ISO 639-1 code of each sales-number language letter (M: several languages). */
export const SALES_NUMBER_LANGUAGES: Readonly<Record<string, string>> = { A: 'ar', C: 'zh', E: 'en', F: 'fr', R: 'ru', S: 'es', M: 'mul' };

const SALES_EXAMPLE = 'such as E.18.IV.9 (language letter, two-digit year, category in roman numerals, number)';
const SALES_LABEL =
	/^(?:United Nations publication,?\s*)?(?:sales\s*(?:no\.?|number)|n[°º]\s*de\s*vente|num[ée]ro\s+de\s+vente|n[úu]m\.?\s*de\s*venta|n\.?[°º]\s*de\s*venta)\s*:?\s*/i;
/**
 * Language letter(s), optional `GV` (Geneva), two-digit year, category (`0` or a
 * roman numeral, optionally `.A`–`.Z` for a regional sub-series such as II.F),
 * running number, optional part in brackets: the Dag Hammarskjöld Library's
 * description of sales numbers (E.02.II.D.12, E.GV.02.0.3, E.00.V.11 (Part 1)).
 */
const SALES_SYNTAX = /^([ACEFRSM](?:\/[ACEFRSM])*)\.(GV\.)?(\d{2})\.(0|[IVX]+)(\.[A-Z])?\.(\d{1,4})(\s*\((?:PART|VOL\.?)\s*[0-9IVX]+\))?$/;
const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;

/** Parses a UN sales number, with or without its `Sales No.` label (English, French or Spanish). */
export function parseSalesNumber(input: string): ParseResult<SalesNumber> {
	const trimmed = input.trim();
	const unlabelled = trimmed
		.replace(SALES_LABEL, '')
		.replace(/\s*\.\s*/g, '.')
		.replace(/\s*\/\s*/g, '/');
	if (!unlabelled) return fail(`is empty: write the sales number printed on the publication, ${SALES_EXAMPLE}`);
	const upper = unlabelled.toUpperCase();
	const match = SALES_SYNTAX.exec(upper);
	if (!match) {
		if (/^\d{2}\./.test(upper))
			return fail(`${quote(input)} lacks its language letter: write it as printed, starting with E (English), F, S, R, C or A, ${SALES_EXAMPLE}`);
		if (/^[A-Z]\.\d{4}\./.test(upper)) return fail(`${quote(input)} has a four-digit year: sales numbers use two digits, ${SALES_EXAMPLE}`);
		return fail(`${quote(input)} is not a UN sales number: write it ${SALES_EXAMPLE}`);
	}
	const [, languages = '', geneva = '', year = '', numeral = '', series = '', number = '', part = ''] = match;
	if (numeral !== '0' && !ROMAN.test(numeral)) {
		return fail(`${quote(input)} has "${numeral}" as its category, which is not a roman numeral: write the category as printed, such as IV or XI`);
	}
	const category = `${numeral}${series}`;
	const value = `${languages}.${geneva}${year}.${category}.${number}${
		part
			? ` ${part
					.trim()
					.replace(/^\(PART/, '(Part')
					.replace(/^\(VOL\.?/, '(Vol.')}`
			: ''
	}`;
	return { ok: true, value: { value, languages: languages.split('/'), year, category, number } };
}

/**
 * Checks that a sales number fits the edition's language: the French edition of
 * a UN publication has its own number starting with F. Returns a message, or
 * undefined when they agree (or the number is multilingual, M).
 */
export function checkSalesNumberLanguage(sales: SalesNumber, lang: string): string | undefined {
	const codes = sales.languages.map((letter) => SALES_NUMBER_LANGUAGES[letter]);
	if (codes.includes('mul') || codes.includes(lang)) return undefined;
	const letter = Object.entries(SALES_NUMBER_LANGUAGES).find(([, code]) => code === lang)?.[0];
	const hint = letter ? `the ${lang} edition's sales number starts with ${letter}` : `sales numbers have no letter for "${lang}"`;
	return `${quote(sales.value)} is the sales number of the ${codes.join('/')} edition: ${hint}; copy the one printed in this edition, or leave it out`;
}

const SYMBOL_EXAMPLE = 'such as CTOC/COP/WG.7/2012/2 or A/RES/55/25';
/** One part between slashes: capitals, digits, dots and hyphens (E/2012/28-E/CN.7/2012/18), `*` for a reissue. */
const SYMBOL_PART = /^[A-Z0-9][A-Z0-9.-]*\*?$/;
/** The only parts written in mixed case: revisions, addenda, corrigenda, amendments, sub-commissions, summaries. */
const SYMBOL_MIXED_PART = /^(Rev|Add|Corr|Amend|Sub|Summary)(\.[0-9A-Za-z.-]*)?\*?$/;

/** A part as symbols write it: capitals, except the mixed-case suffixes (Rev.1, Add.2). */
function symbolCase(part: string): string {
	const mixed = /^(rev|add|corr|amend|sub|summary)\b/i.exec(part);
	return mixed ? `${mixed[1]!.charAt(0).toUpperCase()}${mixed[1]!.slice(1).toLowerCase()}${part.slice(mixed[1]!.length)}` : part.toUpperCase();
}

/** Parses a UN document symbol: parts separated by slashes, in capitals but for suffixes such as Rev.1 and Add.2. */
export function parseDocumentSymbol(input: string): ParseResult<string> {
	const value = input.trim().replace(/\s*\/\s*/g, '/');
	if (!value) return fail(`is empty: write the document symbol printed at the top of the first page, ${SYMBOL_EXAMPLE}`);
	const parts = value.split('/');
	if (parts.length < 2) return fail(`${quote(input)} is not a UN document symbol: a symbol has parts separated by slashes, ${SYMBOL_EXAMPLE}`);
	if (parts.includes(''))
		return fail(
			`${quote(input)} is not a UN document symbol: it has an empty part (two slashes in a row, or one at an end); write it as printed, ${SYMBOL_EXAMPLE}`,
		);
	const bad = parts.find((part) => /[^A-Za-z0-9.\-*]/.test(part));
	if (bad !== undefined)
		return fail(
			`${quote(input)} is not a UN document symbol: the part ${quote(bad)} has a space or a character symbols never have; write it as printed, ${SYMBOL_EXAMPLE}`,
		);
	if (!/^[A-Za-z]/.test(parts[0] ?? ''))
		return fail(`${quote(input)} is not a UN document symbol: its first part names the organ in letters (A, S, E, ST, CTOC…), ${SYMBOL_EXAMPLE}`);
	if (parts.some((part, i) => !SYMBOL_PART.test(part) && !(i > 0 && SYMBOL_MIXED_PART.test(part)))) {
		return fail(
			`${quote(input)} is not written as UN symbols are: capitals throughout, but for suffixes such as Rev.1 or Add.2; write ${quote(parts.map(symbolCase).join('/'))} if that is what is printed`,
		);
	}
	return { ok: true, value };
}
