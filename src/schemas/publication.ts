import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { languageCode } from './language.ts';
import { fileSchema, urlField } from './link.ts';
import { editionSchema, publicationDate } from './publication-edition.ts';
import { publicationKind } from './publication-kind.ts';
import { listOf, text } from './text.ts';
import { quote } from '../lib/text/quote.ts';
import type { Vocabularies } from './vocabulary.ts';

/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
export const publicationSchema = (vocabularies: Vocabularies) =>
	z
		.strictObject({
			...entryFields(vocabularies),
			/** What sort of publication this is. */
			kind: publicationKind(vocabularies.kinds),
			/** Languages the publication is available in (ISO 639-1). */
			languages: listOf(languageCode, '[en, fr]', 'the languages it is available in').min(1, { error: 'list at least one language, such as [en, fr]' }),
			/** Downloadable files, one per language and format. */
			files: listOf(fileSchema, '[{ url: "https://….pdf", lang: en, format: PDF }], one "- url: …" item per file').default([]),
			/** The organisation that issued it, cited as its author; default United Nations Office on Drugs and Crime. */
			issuingBody: text('the organisation that issued it, such as United Nations Office on Drugs and Crime').optional(),
			/** The publisher printed on the title page; default United Nations. */
			publisher: text('the publisher printed on the title page, such as United Nations').optional(),
			/** Place of publication; default Vienna (New York for sales publications printed there). */
			place: text('the place of publication: Vienna, or New York for sales publications printed there').optional(),
			/** When it was published: YYYY, YYYY-MM or YYYY-MM-DD; default the posting date. */
			published: publicationDate.optional(),
			/** Cover: a file next to the entry (./<slug>-cover.jpg), a site path (public/covers/, written by npm run covers) or an https:// URL. */
			cover: urlField({ image: true, relative: true }).optional(),
			/** Identifiers and titles of its language editions, one item per language (an edition's files are the files in its language). */
			editions: listOf(editionSchema, '[{ lang: en, isbn: 978-92-1-130350-6 }], one "- lang: …" item per language edition').default([]),
		})
		.superRefine((data, ctx) => {
			const seen = new Set<string>();
			data.editions.forEach((edition, index) => {
				if (seen.has(edition.lang))
					ctx.addIssue({ code: 'custom', path: ['editions', index, 'lang'], message: `two editions have lang ${quote(edition.lang)}: merge them` });
				seen.add(edition.lang);
				if (!data.languages.includes(edition.lang))
					ctx.addIssue({
						code: 'custom',
						path: ['editions', index, 'lang'],
						message: `${quote(edition.lang)} is not one of the languages of this publication (languages: [${data.languages.join(', ')}]): add it there, or correct the edition's lang`,
					});
			});
		});

export type PublicationData = z.infer<ReturnType<typeof publicationSchema>>;
