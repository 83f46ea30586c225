import { z } from 'astro/zod';
import { checkSalesNumberLanguage, parseDocumentSymbol, parseDoi, parseIsbn, parseSalesNumber, type ParseResult } from '../lib/publications/identifiers.ts';
import { describeValue, quote } from '../lib/text/quote.ts';
import { languageCode } from './language.ts';
import { text } from './text.ts';

/**
 * A field read by one of the identifier parsers (src/lib/publications/identifiers.ts):
 * stored in its normal form, or refused with the parser's message. A number is
 * read as its digits, since YAML reads an unhyphenated ISBN as one.
 */
const identifier = <T>(what: string, parse: (input: string) => ParseResult<T>, normal: (value: T) => string) =>
	z.union([z.string(), z.number()], { error: (issue) => `must be ${what} written as text, got ${describeValue(issue.input)}` }).transform((input, ctx) => {
		const result = parse(String(input));
		if (result.ok) return normal(result.value);
		ctx.addIssue({ code: 'custom', message: result.message });
		return z.NEVER;
	});

/** A publication date: the year, the month or the day, as far as it is known. */
export const publicationDate = z
	.union([z.string(), z.number()], { error: (issue) => `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${describeValue(issue.input)}` })
	.transform((input, ctx) => {
		const value = String(input);
		const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
		const [year, month, day] = [Number(match?.[1]), Number(match?.[2] ?? 1), Number(match?.[3] ?? 1)];
		const real = match && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (real) return value;
		ctx.addIssue({
			code: 'custom',
			message: `${quote(value)} is not a publication date: write the year (2018), the month (2018-06) or the day (2018-06-13) it was published`,
		});
		return z.NEVER;
	});

/** One language edition of a publication: its title and identifiers (its files are the `files` in its language). */
export const editionSchema = z
	.strictObject({
		/** Language of the edition (ISO 639-1); one of the publication's `languages`. */
		lang: languageCode,
		/** Title of this edition, in its language; default: the title of the entry (or of its translation) in that language. */
		title: text("the edition's title in its language").optional(),
		/** ISBN of the printed edition (ISBN-10 or -13, hyphens optional); stored as hyphenated ISBN-13. */
		isbn: identifier('an ISBN', parseIsbn, (isbn) => isbn.hyphenated).optional(),
		/** ISBN of the electronic edition (e-ISBN); stored as hyphenated ISBN-13. */
		eisbn: identifier('an eISBN', parseIsbn, (isbn) => isbn.hyphenated).optional(),
		/** DOI, bare (10.18356/…) or as a doi.org address; stored bare. */
		doi: identifier('a DOI', parseDoi, (doi) => doi.doi).optional(),
		/** UN sales number of this edition, such as E.18.IV.9 (its letter must fit the edition's language). */
		salesNumber: identifier('a sales number', parseSalesNumber, (sales) => sales.value).optional(),
		/** UN document symbol, such as CTOC/COP/WG.7/2012/2. */
		symbol: identifier('a document symbol', parseDocumentSymbol, (symbol) => symbol).optional(),
	})
	.superRefine((edition, ctx) => {
		if (!edition.salesNumber) return;
		const parsed = parseSalesNumber(edition.salesNumber);
		const problem = parsed.ok ? checkSalesNumberLanguage(parsed.value, edition.lang) : undefined;
		if (problem) ctx.addIssue({ code: 'custom', path: ['salesNumber'], message: problem });
	});

export type PublicationEdition = z.infer<typeof editionSchema>;
