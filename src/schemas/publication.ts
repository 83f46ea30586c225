import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { languageCode } from './language.ts';
import { fileSchema } from './link.ts';
import { publicationKind } from './publication-kind.ts';
import type { Vocabularies } from './vocabulary.ts';

/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
export const publicationSchema = (vocabularies: Vocabularies) =>
	z.strictObject({
		...entryFields(vocabularies),
		/** What sort of publication this is. */
		kind: publicationKind(vocabularies.kinds),
		/** Languages the publication is available in (ISO 639-1). */
		languages: z
			.array(languageCode, { error: 'required: list the languages it is available in, such as [en, fr]' })
			.min(1, { error: 'list at least one language' }),
		/** Downloadable files, one per language and format. */
		files: z.array(fileSchema).default([]),
	});

export type PublicationData = z.infer<ReturnType<typeof publicationSchema>>;
