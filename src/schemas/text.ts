import { z } from 'astro/zod';
import { describeValue } from '../lib/text/quote.ts';

/** A character a reader sees: neither white space nor an invisible format character (U+200B, U+200E, U+00AD…). */
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;

/**
 * A text field (title, summary, label…): trimmed, never empty. `what` names
 * it in messages ("the title"). A number or a list where text belongs, and text
 * that is only spaces, get a message saying what to write instead of Zod's
 * "expected string" or "Too small".
 */
export const text = (what: string, options: { required?: boolean; hint?: string } = {}) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined || (issue.input === null && options.required)
					? `required: add ${what}`
					: issue.input === null
						? `is empty: write ${what}, or remove the line`
						: `must be text, got ${describeValue(issue.input)}: ${options.hint ?? `write ${what} in quotes`}`,
		})
		.trim()
		// Kept beside the check below for the JSON Schemas made of this one (minLength); `abort` reports an empty text once.
		.min(1, { error: `is empty (only spaces): write ${what}, or remove the line`, abort: true })
		// Zero-width spaces, direction marks and soft hyphens (Unicode's format characters) show nothing either.
		.refine((value) => VISIBLE.test(value), { error: `is empty (only spaces): write ${what}, or remove the line` });

/** A yes/no field: `true` or `false`, written without quotes. */
export const yesNo = (field: string) =>
	z.boolean({
		error: (issue) => `must be true or false, without quotes (${field}: false), got ${describeValue(issue.input)}`,
	});

/** A list field; a single value written where a list belongs is named, with the list form to write. */
export const listOf = <T extends z.ZodType>(item: T, example: string, what = 'a list') =>
	z.array(item, {
		error: (issue) =>
			issue.input === undefined || issue.input === null
				? `required: list ${what}, such as ${example}`
				: `must be a list, got ${describeValue(issue.input)}: write it as a list, for example ${example}`,
	});
