/** ISBN, DOI, UN sales number and document symbol parsing (src/lib/publications/identifiers.ts). */
import { describe, expect, test } from 'vitest';
import {
	checkSalesNumberLanguage,
	doiUrl,
	parseDocumentSymbol,
	parseDoi,
	parseIsbn,
	parseSalesNumber,
	type ParseResult,
} from '../../../src/lib/publications/identifiers.ts';

const ok = <T>(result: ParseResult<T>): T => {
	if (!result.ok) throw new Error(`expected a value, got: ${result.message}`);
	return result.value;
};
const message = <T>(result: ParseResult<T>): string => {
	if (result.ok) throw new Error(`expected a message, got ${JSON.stringify(result.value)}`);
	return result.message;
};

describe('parseIsbn', () => {
	// Real UN ISBNs: the Global Study on Smuggling of Migrants 2018 (print and e-ISBN, Sales No. E.18.IV.9) and the World Drug Report 2012.
	test.each([
		['978-92-1-130350-6', '9789211303506', '978-92-1-130350-6'],
		['9789211303506', '9789211303506', '978-92-1-130350-6'],
		['978 92 1 130350 6', '9789211303506', '978-92-1-130350-6'],
		['ISBN: 978-92-1-130350-6', '9789211303506', '978-92-1-130350-6'],
		['ISBN 978-92-1-130350-6 ', '9789211303506', '978-92-1-130350-6'],
		['e-ISBN: 978-92-1-045181-9', '9789210451819', '978-92-1-045181-9'],
		['eISBN 9789210451819', '9789210451819', '978-92-1-045181-9'],
		['978-92-1-148267-6', '9789211482676', '978-92-1-148267-6'],
		['92-1-130350-8', '9789211303506', '978-92-1-130350-6'],
		['ISBN-10: 0-306-40615-2', '9780306406157', '978-0-306-40615-7'],
		['0-8044-2957-x', '9780804429573', '978-0-8044-2957-3'],
		['979-10-90636-07-1', '9791090636071', '979-10-90636-07-1'],
	])('%s → %s (%s)', (input, isbn13, hyphenated) => {
		expect(ok(parseIsbn(input))).toEqual({ isbn13, hyphenated });
	});

	test.each([
		['', /^is empty: write the ISBN printed on the publication, such as 978-92-1-130350-6$/],
		['   ', /^is empty/],
		[
			'978-92-1-130350-7',
			/^"978-92-1-130350-7" is not a valid ISBN: its check digit \(the last one\) does not match the others, so a digit is probably mistyped/,
		],
		['92-1-130350-9', /check digit/],
		['978-92-1-13035-6', /has 12 digits, but an ISBN has 13 \(or 10\)/],
		['978-92-1-130350-66', /has 14 digits/],
		['978-92-1-I30350-6', /is not an ISBN: write its 13 \(or 10\) digits/],
		['ISSN 1020-9549', /is not an ISBN/],
		['1020954900001', /an ISBN-13 starts with 978 or 979/],
		['97892113035X6', /only an ISBN-10 may end with X/],
		['978021130350X', /only an ISBN-10 may end with X/],
		['979-6-000000-00-3', /outside every range the ISBN agency has assigned: check the first digits \(UN publications start 978-92-1-\)/],
	])('%j is refused: %s', (input, expected) => {
		expect(message(parseIsbn(input))).toMatch(expected);
	});
});

describe('parseDoi', () => {
	test.each([
		['10.18356/9789210451819', '10.18356/9789210451819', 'https://doi.org/10.18356/9789210451819'],
		['  10.18356/5f0ab5e9-en ', '10.18356/5f0ab5e9-en', 'https://doi.org/10.18356/5f0ab5e9-en'],
		['doi:10.18356/5f0ab5e9-en', '10.18356/5f0ab5e9-en', 'https://doi.org/10.18356/5f0ab5e9-en'],
		['DOI: 10.18356/5F0AB5E9-EN', '10.18356/5F0AB5E9-EN', 'https://doi.org/10.18356/5F0AB5E9-EN'],
		['https://doi.org/10.18356/5f0ab5e9-en', '10.18356/5f0ab5e9-en', 'https://doi.org/10.18356/5f0ab5e9-en'],
		['http://dx.doi.org/10.1000/182', '10.1000/182', 'https://doi.org/10.1000/182'],
		['https://www.doi.org/10.1000/182', '10.1000/182', 'https://doi.org/10.1000/182'],
		[
			'https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0',
			'10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0',
			'https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0',
		],
		['10.1000.10/123#x?y', '10.1000.10/123#x?y', 'https://doi.org/10.1000.10/123%23x%3Fy'],
	])('%s → %s', (input, doi, url) => {
		expect(ok(parseDoi(input))).toEqual({ doi, url });
		expect(doiUrl(doi)).toBe(url);
	});

	test.each([
		['', /^is empty: write the DOI, such as 10\.18356\//],
		['10.123/x', /is not a DOI: a DOI is "10\.", a registrant number of four or more digits, "\/" and a suffix without spaces/],
		['10.18356/', /is not a DOI/],
		['10.18356/a b', /is not a DOI/],
		['11.18356/ab', /is not a DOI/],
		['18356/ab', /is not a DOI/],
		['https://www.unodc.org/documents/x.pdf', /is a web address, not a DOI: write the DOI \(it starts with 10\.\)/],
		['https://doi.org/10.1000/%E0%A4%A', /its %-escapes are broken/],
	])('%j is refused: %s', (input, expected) => {
		expect(message(parseDoi(input))).toMatch(expected);
	});
});

describe('parseSalesNumber', () => {
	test.each([
		['E.18.IV.9', 'E.18.IV.9', ['E'], '18', 'IV', '9'],
		['Sales No. E.18.IV.9', 'E.18.IV.9', ['E'], '18', 'IV', '9'],
		['United Nations publication, Sales No. E.18.IV.9', 'E.18.IV.9', ['E'], '18', 'IV', '9'],
		['Sales no.: E.10.V.5', 'E.10.V.5', ['E'], '10', 'V', '5'],
		['sales number e.12.xi.1', 'E.12.XI.1', ['E'], '12', 'XI', '1'],
		['F.12.IV.3', 'F.12.IV.3', ['F'], '12', 'IV', '3'],
		['Numéro de vente : F.12.IV.3', 'F.12.IV.3', ['F'], '12', 'IV', '3'],
		['Núm. de venta: S.19.IV.4', 'S.19.IV.4', ['S'], '19', 'IV', '4'],
		['E. 19. IV. 4', 'E.19.IV.4', ['E'], '19', 'IV', '4'],
		['E.02.II.D.12', 'E.02.II.D.12', ['E'], '02', 'II.D', '12'],
		['E.GV.02.0.3', 'E.GV.02.0.3', ['E'], '02', '0', '3'],
		['E.00.V.11 (Part 1)', 'E.00.V.11 (Part 1)', ['E'], '00', 'V', '11'],
		['E.11.XIII.7', 'E.11.XIII.7', ['E'], '11', 'XIII', '7'],
		['E/F.04.XVII.12', 'E/F.04.XVII.12', ['E', 'F'], '04', 'XVII', '12'],
		['M.08.V.3', 'M.08.V.3', ['M'], '08', 'V', '3'],
	])('%s → %s', (input, value, languages, year, category, number) => {
		expect(ok(parseSalesNumber(input))).toEqual({ value, languages, year, category, number });
	});

	test.each([
		['', /^is empty: write the sales number printed on the publication, such as E\.18\.IV\.9/],
		['18.IV.9', /lacks its language letter: write it as printed, starting with E \(English\), F, S, R, C or A/],
		['E.2018.IV.9', /has a four-digit year: sales numbers use two digits/],
		['E.18.IIII.9', /has "IIII" as its category, which is not a roman numeral/],
		['E.18.VX.9', /"VX" as its category/],
		['E.18.4.9', /is not a UN sales number: write it such as E\.18\.IV\.9 \(language letter, two-digit year, category in roman numerals, number\)/],
		['X.18.IV.9', /is not a UN sales number/],
		['E.18.IV', /is not a UN sales number/],
		['E18IV9', /is not a UN sales number/],
		['ISBN 978-92-1-130350-6', /is not a UN sales number/],
	])('%j is refused: %s', (input, expected) => {
		expect(message(parseSalesNumber(input))).toMatch(expected);
	});

	test.each([
		['E.18.IV.9', 'en', undefined],
		['F.12.IV.3', 'fr', undefined],
		['M.08.V.3', 'ar', undefined],
		['E/F.04.XVII.12', 'fr', undefined],
		[
			'E.18.IV.9',
			'fr',
			'"E.18.IV.9" is the sales number of the en edition: the fr edition\'s sales number starts with F; copy the one printed in this edition, or leave it out',
		],
		[
			'E.18.IV.9',
			'de',
			'"E.18.IV.9" is the sales number of the en edition: sales numbers have no letter for "de"; copy the one printed in this edition, or leave it out',
		],
	])('%s in a %s edition: %s', (input, lang, expected) => {
		expect(checkSalesNumberLanguage(ok(parseSalesNumber(input)), lang)).toBe(expected);
	});
});

describe('parseDocumentSymbol', () => {
	test.each([
		['CTOC/COP/WG.7/2012/2', 'CTOC/COP/WG.7/2012/2'],
		['A/RES/55/25', 'A/RES/55/25'],
		[' A / RES / 55 / 25 ', 'A/RES/55/25'],
		['E/CN.15/2012/L.5/Rev.1', 'E/CN.15/2012/L.5/Rev.1'],
		['A/66/L.17/Add.2', 'A/66/L.17/Add.2'],
		['S/2011/123/Corr.1', 'S/2011/123/Corr.1'],
		['E/2012/28-E/CN.7/2012/18', 'E/2012/28-E/CN.7/2012/18'],
		['A/66/L.17*', 'A/66/L.17*'],
		['E/CN.4/Sub.2/2004/7', 'E/CN.4/Sub.2/2004/7'],
		['UNODC/CND/2012/1', 'UNODC/CND/2012/1'],
	])('%j → %s', (input, value) => {
		expect(ok(parseDocumentSymbol(input))).toBe(value);
	});

	test.each([
		['', /^is empty: write the document symbol printed at the top of the first page, such as CTOC\/COP\/WG\.7\/2012\/2/],
		['CTOC', /a symbol has parts separated by slashes/],
		['A//RES/55', /it has an empty part \(two slashes in a row, or one at an end\)/],
		['A/RES/55/', /empty part/],
		['A/RES 55/25', /the part "RES 55" has a space or a character symbols never have/],
		['A/RES/55/25;', /has a space or a character/],
		['2012/A/RES', /its first part names the organ in letters/],
		['a/res/55/25', /capitals throughout, but for suffixes such as Rev\.1 or Add\.2; write "A\/RES\/55\/25" if that is what is printed/],
		['e/cn.15/2012/l.5/rev.1', /write "E\/CN\.15\/2012\/L\.5\/Rev\.1"/],
		['A/Res/55/25', /write "A\/RES\/55\/25"/],
	])('%j is refused: %s', (input, expected) => {
		expect(message(parseDocumentSymbol(input))).toMatch(expected);
	});
});
