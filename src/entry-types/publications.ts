/** Issue papers, manuals, model laws, strategies, tools, videos and other publications. */
import { publicationSchema } from '../schemas/publication.ts';
import { defineEntryType } from './descriptor.ts';

export const publications = defineEntryType({
	name: 'publications',
	aliases: ['publication'],
	schema: publicationSchema,
	labels: {
		ar: {
			one: 'منشور',
			other: 'المنشورات',
			intro: 'ورقات مسائل وأدلة وقوانين نموذجية واستراتيجيات وأدوات ومقاطع فيديو.',
			all: 'جميع المنشورات',
			latest: 'أحدث المنشورات',
			search: 'البحث في المنشورات',
		},
		zh: {
			one: '出版物',
			other: '出版物',
			intro: '议题文件、手册、示范法、战略、工具和视频。',
			all: '全部出版物',
			latest: '最新出版物',
			search: '搜索出版物',
		},
		en: {
			one: 'Publication',
			other: 'Publications',
			intro: 'Issue papers, manuals, model laws, strategies, tools and videos.',
			all: 'All publications',
			latest: 'Latest publications',
			search: 'Search publications',
		},
		fr: {
			one: 'Publication',
			other: 'Publications',
			intro: 'Documents thématiques, manuels, lois types, stratégies, outils et vidéos.',
			all: 'Toutes les publications',
			latest: 'Dernières publications',
			search: 'Rechercher des publications',
		},
		ru: {
			one: 'Публикация',
			other: 'Публикации',
			intro: 'Тематические документы, пособия, типовые законы, стратегии, инструменты и видеоматериалы.',
			all: 'Все публикации',
			latest: 'Новые публикации',
			search: 'Поиск публикаций',
		},
		es: {
			one: 'Publicación',
			other: 'Publicaciones',
			intro: 'Documentos temáticos, manuales, leyes modelo, estrategias, herramientas y vídeos.',
			all: 'Todas las publicaciones',
			latest: 'Últimas publicaciones',
			search: 'Buscar publicaciones',
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
