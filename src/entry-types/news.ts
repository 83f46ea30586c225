/** News items and press releases. */
import { newsSchema } from '../schemas/news.ts';
import { defineEntryType } from './descriptor.ts';

export const news = defineEntryType({
	name: 'news',
	aliases: [],
	schema: newsSchema,
	labels: {
		en: {
			one: 'News',
			other: 'News',
			intro: 'News and press releases on the work against migrant smuggling.',
			all: 'All news',
			latest: 'Latest news',
		},
	},
	colour: '#0b5f33',
	scheduled: false,
	translatable: ['dateline'],
	facts: (data) => ({ dateline: data.dateline, languages: [], files: [] }),
	schemaType: () => 'NewsArticle',
	template: {
		fields: () => `# Place of a press release, shown before the text:
# dateline: Vienna (Austria)
`,
	},
});
