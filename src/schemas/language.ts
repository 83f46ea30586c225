import { z } from 'astro/zod';
import ISO6391 from 'iso-639-1';

/** An ISO 639-1 language code such as `en`, `ar` or `es`. */
export const languageCode = z.string().refine((code) => ISO6391.validate(code), {
	error: (issue) => `${JSON.stringify(issue.input)} is not an ISO 639-1 language code (use two lowercase letters such as en, fr, es, ar, ru, zh)`,
});
