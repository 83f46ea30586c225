/** News items and press releases. */
import { newsSchema } from '../schemas/news.ts';
import { defineEntryType } from './descriptor.ts';

export const news = defineEntryType({
	name: 'news',
	aliases: [],
	schema: newsSchema,
	labels: {
		ar: {
			one: 'خبر',
			other: 'الأخبار',
			intro: 'أخبار وبيانات صحفية عن العمل على مكافحة تهريب المهاجرين.',
			all: 'جميع الأخبار',
			latest: 'آخر الأخبار',
		},
		zh: {
			one: '新闻',
			other: '新闻',
			intro: '关于打击偷运移民工作的新闻和新闻稿。',
			all: '全部新闻',
			latest: '最新新闻',
		},
		en: {
			one: 'News',
			other: 'News',
			intro: 'News and press releases on the work against migrant smuggling.',
			all: 'All news',
			latest: 'Latest news',
		},
		fr: {
			one: 'Actualité',
			other: 'Actualités',
			intro: 'Actualités et communiqués de presse sur la lutte contre le trafic illicite de migrants.',
			all: 'Toutes les actualités',
			latest: 'Dernières actualités',
		},
		ru: {
			one: 'Новость',
			other: 'Новости',
			intro: 'Новости и пресс-релизы о борьбе с незаконным ввозом мигрантов.',
			all: 'Все новости',
			latest: 'Последние новости',
		},
		es: {
			one: 'Noticia',
			other: 'Noticias',
			intro: 'Noticias y comunicados de prensa sobre la lucha contra el tráfico ilícito de migrantes.',
			all: 'Todas las noticias',
			latest: 'Últimas noticias',
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
