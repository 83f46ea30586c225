/**
 * Deterministic synthetic content for the benchmark: N entries of the three
 * types (about 50% news, 20% events, 30% publications) with topics, regions,
 * links, downloads, markdown bodies of a few hundred words and dates spread
 * over 25 years; about one entry in ten has one to three translations
 * (`<slug>.<lang>.md`, title and body in words of that language, so each
 * language's search bundle stems real words). The same seed and N always give
 * the same files, byte for byte. One entry in five names a photo next to it, in a few sizes.
 * Pure: `generateCorpus` and `generateTranslations` return file contents; `writeCorpus`
 * puts them on disk, `writeCorpusPhotos` the photos.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntryType } from '../../src/entry-types/index.ts';
import { prng } from './random.ts';
import { writePhoto } from './photos.ts';

export { prng };
/** Publication kind slugs of content/taxonomies/kinds.yaml. */
export const KINDS = ['issue-paper', 'manual', 'model-law', 'strategy', 'framework', 'commentary', 'report', 'tool', 'video', 'guide', 'other'] as const;

/** Topic and region slugs of content/taxonomies/ (the corpus reuses those vocabularies). */
export const TOPICS = [
	'migrant-smuggling',
	'human-trafficking',
	'smuggling-by-sea',
	'legislation',
	'criminal-justice',
	'capacity-building',
	'data-and-research',
	'international-cooperation',
	'protection-and-assistance',
	'awareness-raising',
] as const;
export const REGIONS = [
	'global',
	'africa',
	'americas',
	'central-america-and-mexico',
	'asia-and-the-pacific',
	'south-asia',
	'europe',
	'middle-east-and-north-africa',
] as const;

/** First and last year of the generated posting dates (25 years). */
export const FIRST_YEAR = 2001;
export const LAST_YEAR = 2025;

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
	const pool = [...list];
	const chosen: T[] = [];
	while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
	return chosen;
}

const SUBJECTS = [
	'UNODC',
	'Member States',
	'Border agencies',
	'Prosecutors',
	'The regional office',
	'Experts',
	'Law enforcement officers',
	'Civil society organizations',
	'The working group',
	'National authorities',
	'Judges',
	'Researchers',
];
const VERBS = [
	'discussed',
	'reviewed',
	'strengthened',
	'analysed',
	'documented',
	'launched',
	'supported',
	'examined',
	'adopted',
	'promoted',
	'coordinated',
	'assessed',
];
const OBJECTS = [
	'cooperation against migrant smuggling',
	'the Protocol against the Smuggling of Migrants',
	'investigation techniques',
	'data collection on smuggling routes',
	'the protection of smuggled migrants',
	'legislation on organized crime',
	'financial investigations',
	'maritime interdiction practices',
	'training for front-line officers',
	'information sharing between countries',
	'the rights of migrants at sea',
	'prosecution strategies',
	'victim identification procedures',
	'awareness campaigns in communities of origin',
];
const TAILS = [
	'in the region',
	'across several countries',
	'with partners from the United Nations',
	'over two days',
	'under the Palermo Convention',
	'in line with international standards',
	'at the request of governments',
	'with support from donors',
	'along the main routes',
	'for the first time',
];
const PLACES = [
	'Vienna (Austria)',
	'Bangkok (Thailand)',
	'Dakar (Senegal)',
	'Mexico City (Mexico)',
	'Cairo (Egypt)',
	'Islamabad (Pakistan)',
	'Panama City (Panama)',
	'Nairobi (Kenya)',
	'Tunis (Tunisia)',
	'Jakarta (Indonesia)',
	'Brussels (Belgium)',
	'Lima (Peru)',
];
const TITLE_START = [
	'Regional meeting on',
	'New study on',
	'Training workshop on',
	'Expert consultation on',
	'Report on',
	'Guidance on',
	'Conference on',
	'Joint statement on',
	'Handbook on',
	'Assessment of',
];
const TITLE_END = [
	'smuggling of migrants by sea',
	'smuggling networks and routes',
	'investigating migrant smuggling',
	'the rights of smuggled migrants',
	'cross-border cooperation',
	'financial flows of smuggling',
	'smuggling by air',
	'legislative reform',
	'data on irregular migration',
	'prosecuting smugglers',
	'protection at sea',
	'online recruitment by smugglers',
];
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];
/** The language letter of UN sales numbers. */
const SALES_LETTERS: Record<string, string> = { en: 'E', fr: 'F', es: 'S', ar: 'A', ru: 'R', zh: 'C' };

function sentence(random: Random): string {
	return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, TAILS)}.`;
}

function paragraph(random: Random, sentences: number): string {
	return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** A markdown body of roughly 200–450 words: paragraphs, sometimes a heading, a list, emphasis and a link. */
function body(random: Random): string {
	const parts: string[] = [];
	const paragraphs = int(random, 3, 6);
	for (let p = 0; p < paragraphs; p++) {
		let text = paragraph(random, int(random, 3, 6));
		if (random() < 0.3) text = text.replace(/^(\S+ \S+)/, '**$1**');
		if (random() < 0.2)
			text += ` More information is available from [the UNODC website](https://www.unodc.org/unodc/en/human-trafficking/smuggling-of-migrants.html).`;
		parts.push(text);
		if (p === 1 && random() < 0.4) parts.push(`## ${pick(random, TITLE_START)} ${pick(random, TITLE_END)}`);
		if (p === 2 && random() < 0.35) parts.push(Array.from({ length: int(random, 2, 4) }, () => `- ${sentence(random)}`).join('\n'));
	}
	return `${parts.join('\n\n')}\n`;
}

const yamlString = (value: string): string => JSON.stringify(value);
const yamlList = (values: readonly string[]): string => `[${values.join(', ')}]`;

export interface CorpusFile {
	type: EntryType;
	slug: string;
	/** The language of a translation (`<slug>.<lang>.md`); none for an original. */
	translation?: string;
	/** Path relative to the content folder, such as `news/x.md`. */
	path: string;
	/** File contents. */
	source: string;
	/** The photo next to the entry its front matter names (one entry in five), written by writeCorpusPhotos. */
	photo?: CorpusPhoto | undefined;
}

/** A photo of the corpus: its path relative to the content folder, and its size. */
export interface CorpusPhoto {
	path: string;
	width: number;
	height: number;
}

/** Sizes of the corpus's photos, in turn: what editors upload, from a web-ready export to a camera's file. */
export const PHOTO_SIZES = [
	[1200, 800],
	[1600, 1067],
	[2400, 1600],
	[4000, 2667],
] as const;

/** One entry in five has a photo. */
export const PHOTO_EVERY = 5;

/** The type of entry `i`: a fixed 10-entry cycle of 5 news, 2 events and 3 publications. */
const TYPE_CYCLE: readonly EntryType[] = ['news', 'publications', 'news', 'events', 'news', 'publications', 'news', 'events', 'news', 'publications'];

/** What the corpus holds besides text. */
export interface CorpusOptions {
	/** Photos (one entry in five), the default: the benchmark's image phase; tests of other steps leave them out. */
	photos?: boolean;
}

/** `count` entries generated from `seed`; entry i is dated so that the corpus spans 25 years evenly. */

export function generateCorpus(count: number, seed = 1, { photos = true }: CorpusOptions = {}): CorpusFile[] {
	const random = prng(seed);
	const files: CorpusFile[] = [];
	const firstDay = Date.UTC(FIRST_YEAR, 0, 1);
	const days = Math.round((Date.UTC(LAST_YEAR, 11, 31) - firstDay) / 86_400_000);
	for (let i = 0; i < count; i++) {
		const type = TYPE_CYCLE[i % TYPE_CYCLE.length]!;
		const title = `${pick(random, TITLE_START)} ${pick(random, TITLE_END)} ${i + 1}`;
		const slug = `${type}-${title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')}`;
		const day = count <= 1 ? 0 : Math.floor((i * days) / (count - 1));
		const date = new Date(firstDay + Math.min(days, day + int(random, 0, 3)) * 86_400_000).toISOString().slice(0, 10);
		const lines = ['---', `title: ${yamlString(title)}`, `date: ${date}`];
		if (random() < 0.4) lines.push(`summary: ${yamlString(sentence(random))}`);
		if (random() < 0.05) lines.push(`lang: ${pick(random, LANGUAGES.slice(1))}`);
		lines.push(`topics: ${yamlList(sample(random, TOPICS, int(random, 1, 3)))}`, `regions: ${yamlList(sample(random, REGIONS, int(random, 1, 2)))}`);
		if (random() < 0.5) {
			lines.push(
				'links:',
				`  - label: ${yamlString('Read the full story')}`,
				`    url: https://www.unodc.org/unodc/en/frontpage/${date.slice(0, 4)}/item-${i + 1}.html`,
			);
			if (random() < 0.3)
				lines.push(
					`  - label: ${yamlString('Background note')}`,
					`    url: https://www.unodc.org/documents/note-${i + 1}.pdf`,
					'    format: PDF',
					`    size: ${int(random, 100, 999)} KB`,
				);
		}
		if (files.length && random() < 0.2) {
			const related = sample(random, files.slice(-50), int(random, 1, 2)).map((file) => file.slug);
			lines.push(`related: ${yamlList(related)}`);
		}
		if (type === 'news' && random() < 0.3) lines.push(`dateline: ${yamlString(pick(random, PLACES))}`);
		if (type === 'events') {
			const start = date;
			const length = int(random, 0, 4);
			const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
			lines.push(`startDate: ${start}`);
			if (length) lines.push(`endDate: ${end}`);
			lines.push(`location: ${yamlString(pick(random, PLACES))}`);
		}
		if (type === 'publications') {
			const languages = ['en', ...sample(random, LANGUAGES.slice(1), int(random, 0, 3))];
			lines.push(`kind: ${pick(random, KINDS)}`, `languages: ${yamlList(languages)}`, 'files:');
			for (const lang of languages)
				lines.push(
					`  - url: https://www.unodc.org/documents/publications/${slug}-${lang}.pdf`,
					`    lang: ${lang}`,
					'    format: PDF',
					`    size: ${(int(random, 2, 90) / 10).toFixed(1)} MB`,
					// Pages and the editions' identifiers come from the entry's number, not the random stream, so the rest of the corpus stays as it was.
					`    pages: ${20 + (i % 180)}`,
				);
			lines.push('editions:');
			for (const lang of languages)
				lines.push(
					`  - lang: ${lang}`,
					`    salesNumber: ${SALES_LETTERS[lang]}.${String(10 + (i % 14))}.IV.${1 + (i % 40)}`,
					`    doi: 10.18356/bench-${i}-${lang}`,
				);
		}
		// Decided by position, not by the generator, so the rest of the corpus is the same with or without photos.
		let photo: CorpusPhoto | undefined;
		if (photos && i % PHOTO_EVERY === PHOTO_EVERY - 1) {
			const [width, height] = PHOTO_SIZES[Math.floor(i / PHOTO_EVERY) % PHOTO_SIZES.length]!;
			photo = { path: `${type}/${slug}.jpg`, width, height };
			lines.push('image:', `  src: ./${slug}.jpg`, `  alt: ${yamlString(`A photo of ${title}`)}`);
		}
		lines.push('---', '', body(random));
		files.push({ type, slug, path: `${type}/${slug}.md`, source: lines.join('\n'), photo });
	}
	return files;
}

/**
 * A few words of each language for translated titles and bodies: sentences
 * are subject, verb, object, and a title is a start and an end, as in
 * English; Chinese is written without spaces.
 */
const WORDS: Record<string, { subjects: string[]; verbs: string[]; objects: string[]; starts: string[]; ends: string[]; space: string; stop: string }> = {
	fr: {
		subjects: ["L'ONUDC", 'Les États Membres', 'Les procureurs', 'Les experts', 'Les autorités nationales', 'Les juges'],
		verbs: ['ont examiné', 'ont renforcé', 'ont analysé', 'ont soutenu', 'ont adopté', 'ont coordonné'],
		objects: [
			'la coopération contre le trafic illicite de migrants',
			'les techniques d’enquête',
			'la protection des migrants objets d’un trafic',
			'la législation sur la criminalité organisée',
			'la formation des agents de première ligne',
			'les routes maritimes des passeurs',
		],
		starts: ['Réunion régionale sur', 'Nouvelle étude sur', 'Atelier de formation sur', 'Rapport sur'],
		ends: ['le trafic illicite de migrants par mer', 'les réseaux de passeurs', 'les droits des migrants', 'la coopération transfrontalière'],
		space: ' ',
		stop: '.',
	},
	es: {
		subjects: ['La UNODC', 'Los Estados Miembros', 'Los fiscales', 'Los expertos', 'Las autoridades nacionales', 'Los jueces'],
		verbs: ['examinaron', 'fortalecieron', 'analizaron', 'apoyaron', 'adoptaron', 'coordinaron'],
		objects: [
			'la cooperación contra el tráfico ilícito de migrantes',
			'las técnicas de investigación',
			'la protección de los migrantes objeto de tráfico',
			'la legislación sobre delincuencia organizada',
			'la capacitación de los agentes fronterizos',
			'las rutas marítimas de los traficantes',
		],
		starts: ['Reunión regional sobre', 'Nuevo estudio sobre', 'Taller de capacitación sobre', 'Informe sobre'],
		ends: ['el tráfico ilícito de migrantes por mar', 'las redes de traficantes', 'los derechos de los migrantes', 'la cooperación transfronteriza'],
		space: ' ',
		stop: '.',
	},
	ru: {
		subjects: ['УНП ООН', 'Государства-члены', 'Прокуроры', 'Эксперты', 'Национальные органы', 'Судьи'],
		verbs: ['обсудили', 'укрепили', 'проанализировали', 'поддержали', 'приняли', 'координировали'],
		objects: [
			'сотрудничество в борьбе с незаконным ввозом мигрантов',
			'методы расследования',
			'защиту незаконно ввезенных мигрантов',
			'законодательство об организованной преступности',
			'подготовку сотрудников пограничных служб',
			'морские маршруты контрабандистов',
		],
		starts: ['Региональное совещание по вопросу о', 'Новое исследование о', 'Учебный семинар по', 'Доклад о'],
		ends: ['незаконном ввозе мигрантов по морю', 'сетях контрабандистов', 'правах мигрантов', 'трансграничном сотрудничестве'],
		space: ' ',
		stop: '.',
	},
	ar: {
		subjects: ['مكتب الأمم المتحدة المعني بالمخدرات والجريمة', 'الدول الأعضاء', 'أعضاء النيابة العامة', 'الخبراء', 'السلطات الوطنية', 'القضاة'],
		verbs: ['ناقشوا', 'عززوا', 'حللوا', 'دعموا', 'اعتمدوا', 'نسقوا'],
		objects: [
			'التعاون في مكافحة تهريب المهاجرين',
			'أساليب التحقيق',
			'حماية المهاجرين المهربين',
			'التشريعات المتعلقة بالجريمة المنظمة',
			'تدريب موظفي الحدود',
			'طرق التهريب البحرية',
		],
		starts: ['اجتماع إقليمي بشأن', 'دراسة جديدة عن', 'حلقة عمل تدريبية بشأن', 'تقرير عن'],
		ends: ['تهريب المهاجرين عن طريق البحر', 'شبكات المهربين', 'حقوق المهاجرين', 'التعاون عبر الحدود'],
		space: ' ',
		stop: '.',
	},
	zh: {
		subjects: ['毒品和犯罪问题办公室', '各会员国', '检察官', '专家', '国家主管部门', '法官'],
		verbs: ['讨论了', '加强了', '分析了', '支持了', '通过了', '协调了'],
		objects: ['打击偷运移民的合作', '调查技术', '对被偷运移民的保护', '有组织犯罪立法', '边境官员培训', '海上偷运路线'],
		starts: ['关于', '新研究：', '培训讲习班：', '报告：'],
		ends: ['海上偷运移民问题', '偷运网络', '移民的权利', '跨境合作'],
		space: '',
		stop: '。',
	},
	en: {
		subjects: SUBJECTS,
		verbs: VERBS,
		objects: OBJECTS,
		starts: TITLE_START,
		ends: TITLE_END,
		space: ' ',
		stop: '.',
	},
};

/** A translation's front matter and body: a title and paragraphs of the language's words, nothing shared (the original holds the facts). */
function translationSource(random: Random, lang: string, number: number): string {
	const words = WORDS[lang]!;
	const sentenceIn = () => [pick(random, words.subjects), pick(random, words.verbs), pick(random, words.objects)].join(words.space) + words.stop;
	const paragraphs = Array.from({ length: int(random, 2, 4) }, () => Array.from({ length: int(random, 3, 5) }, sentenceIn).join(words.space));
	const title = `${pick(random, words.starts)}${words.space}${pick(random, words.ends)} ${number}`;
	return ['---', `title: ${yamlString(title)}`, '---', '', `${paragraphs.join('\n\n')}\n`].join('\n');
}

/**
 * Translations of about one entry in ten of `originals` (from generateCorpus),
 * one to three each, into languages other than the original's. Drawn from
 * their own stream, so the originals stay those of `generateCorpus(count, seed)`.
 */
export function generateTranslations(originals: readonly CorpusFile[], seed = 1): CorpusFile[] {
	const random = prng(seed ^ 0x7a5e);
	const files: CorpusFile[] = [];
	originals.forEach((original, i) => {
		if (random() >= 0.1) return;
		const own = /^lang: (\S+)$/m.exec(original.source)?.[1] ?? 'en';
		for (const lang of sample(
			random,
			LANGUAGES.filter((code) => code !== own),
			int(random, 1, 3),
		).sort())
			files.push({
				type: original.type,
				slug: original.slug,
				translation: lang,
				path: `${original.type}/${original.slug}.${lang}.md`,
				source: translationSource(random, lang, i + 1),
			});
	});
	return files;
}

/** Writes a corpus of `count` entries and their translations to `dir` (emptied first), with the site's taxonomies copied from `taxonomiesFrom`. */
export function writeCorpus(
	dir: string,
	count: number,
	taxonomiesFrom: string,
	seed = 1,
	options: CorpusOptions = {},
): { originals: CorpusFile[]; translations: CorpusFile[] } {
	rmSync(dir, { recursive: true, force: true });
	const originals = generateCorpus(count, seed, options);
	const translations = generateTranslations(originals, seed);
	for (const type of new Set(TYPE_CYCLE)) mkdirSync(join(dir, type), { recursive: true });
	cpSync(taxonomiesFrom, join(dir, 'taxonomies'), { recursive: true });
	for (const file of [...originals, ...translations]) writeFileSync(join(dir, file.path), file.source);
	return { originals, translations };
}

/**
 * Writes the photos `files` name into `dir`: one photo-like JPEG per size (scripts/lib/photos.ts), each entry's a copy
 * with its own comment, so that every file is different (the build resizes each one, as it would real photos) without
 * drawing thousands of photos.
 */
export async function writeCorpusPhotos(dir: string, files: readonly CorpusFile[]): Promise<number> {
	const originals = new Map<string, Buffer>();
	let written = 0;
	for (const { photo, slug } of files) {
		if (!photo) continue;
		const key = `${photo.width}x${photo.height}`;
		let original = originals.get(key);
		if (!original) {
			const path = join(dir, `.photo-${key}.jpg`);
			await writePhoto(path, photo.width, photo.height, originals.size + 1);
			original = readFileSync(path);
			rmSync(path);
			originals.set(key, original);
		}
		writeFileSync(join(dir, photo.path), withJpegComment(original, slug));
		written++;
	}
	return written;
}

/** A JPEG with a comment segment (COM) right after its start marker: the same picture in a different file. */
export function withJpegComment(jpeg: Buffer, comment: string): Buffer {
	const text = Buffer.from(comment, 'utf8').subarray(0, 60_000);
	const segment = Buffer.alloc(4 + text.length);
	segment.writeUInt16BE(0xfffe, 0);
	segment.writeUInt16BE(text.length + 2, 2);
	text.copy(segment, 4);
	return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}
