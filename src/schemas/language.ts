import { z } from 'astro/zod';
import ISO6391 from 'iso-639-1';
import { describeValue, quote } from '../lib/text/quote.ts';

/** An ISO 639-1 language code such as `en`, `ar` or `es`. */
export const languageCode = z
	.string({ error: (issue) => `must be a language code such as en, got ${describeValue(issue.input)}` })
	.refine((code) => ISO6391.validate(code), {
		error: (issue) => `${quote(String(issue.input))} is not an ISO 639-1 language code (use two lowercase letters such as en, fr, es, ar, ru, zh)`,
	});
