/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
import { PUBLICATION_KINDS } from '../schemas/publication-kind.ts';
import { publicationSchema } from '../schemas/publication.ts';
import { defineEntryType } from './descriptor.ts';

/** schema.org types of publication kinds; CreativeWork for the others. */
const SCHEMA_TYPES: Record<string, string> = {
	report: 'Report',
	'issue-paper': 'Report',
	strategy: 'Report',
	framework: 'Report',
	manual: 'Book',
	guide: 'Book',
	commentary: 'Book',
	'model-law': 'Book',
};

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
	facts: (data) => ({ kind: data.kind, languages: data.languages, files: data.files }),
	schemaType: (facts) => (facts.kind && SCHEMA_TYPES[facts.kind]) || 'CreativeWork',
	template: {
		option: { name: 'kind', what: 'publication kind', values: PUBLICATION_KINDS, fallback: 'other' },
		fields: (kind) => `# One of: ${PUBLICATION_KINDS.join(', ')}.
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
