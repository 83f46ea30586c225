import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { languageCode } from './language.ts';
import { fileSchema } from './link.ts';
import { publicationKind } from './publication-kind.ts';
import { listOf } from './text.ts';
import type { Vocabularies } from './vocabulary.ts';

/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
export const publicationSchema = (vocabularies: Vocabularies) =>
	z.strictObject({
		...entryFields(vocabularies),
		/** What sort of publication this is. */
		kind: publicationKind(vocabularies.kinds),
		/** Languages the publication is available in (ISO 639-1). */
		languages: listOf(languageCode, '[en, fr]', 'the languages it is available in').min(1, { error: 'list at least one language, such as [en, fr]' }),
		/** Downloadable files, one per language and format. */
		files: listOf(fileSchema, '[{ url: "https://….pdf", lang: en, format: PDF }], one "- url: …" item per file').default([]),
	});

export type PublicationData = z.infer<ReturnType<typeof publicationSchema>>;
