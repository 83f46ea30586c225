import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { text } from './text.ts';
import type { Vocabularies } from './vocabulary.ts';

/** News items and press releases. */
export const newsSchema = (vocabularies: Vocabularies) =>
	z.strictObject({
		...entryFields(vocabularies),
		/** Place of a press release, shown before the text, such as "Bangkok (Thailand)". */
		dateline: text('the place, such as Bangkok (Thailand)').optional(),
	});

export type NewsData = z.infer<ReturnType<typeof newsSchema>>;
