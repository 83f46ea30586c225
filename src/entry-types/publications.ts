/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
import { publicationSchema } from '../schemas/publication.ts';
import { defineEntryType } from './descriptor.ts';

export const publications = defineEntryType({
	name: 'publications',
	aliases: ['publication'],
	schema: publicationSchema,
	labels: {
		en: {
			one: 'Publication',
			other: 'Publications',
			intro: 'Issue papers, manuals, model laws, strategies, tools and videos.',
			all: 'All publications',
			latest: 'Latest publications',
			search: 'Search publications',
		},
	},
	colour: '#4a2d7a',
	scheduled: false,
	translatable: ['files'],
	facts: (data) => ({ kind: data.kind, languages: data.languages, files: data.files }),
	// The kind's own type (content/taxonomies/kinds.yaml), else a creative work.
	schemaType: (facts, vocabularies) => vocabularies.kinds.find((kind) => kind.slug === facts.kind)?.schemaType ?? 'CreativeWork',
	template: {
		option: { name: 'kind', what: 'publication kind', values: (vocabularies) => vocabularies.kinds.map((kind) => kind.slug), fallback: 'other' },
		fields: (kind, vocabularies) => `# One of: ${vocabularies.kinds.map((term) => term.slug).join(', ')}.
kind: ${kind}
# Languages it is available in (ISO 639-1 codes), such as [en, fr, es].
languages: [en]
# Downloadable files, one per language and format:
# files:
#   - url: https://www.unodc.org/….pdf
#     lang: en
#     format: PDF
#     size: 1.2 MB
`,
	},
});
