/**
 * Builds the end-to-end test sites (see sites.ts): the launch content under two
 * opposite time zones (one under a sub-path base), and a larger generated
 * content set for pagination, and the launch content with photos. Run before `playwright test`. Built as
 * `npm run build` builds (scripts/build.ts), search index included.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePhoto } from '../../scripts/lib/photos.ts';
import { PHOTO_NEWS, PHOTO_PUBLICATION, SITES } from './sites.ts';

/**
 * News items in languages other than English, for search: the launch content
 * is all in English, which hid that the browse index dropped every other language.
 */
const OTHER_LANGUAGE_NEWS = [
	{ slug: 'atelier-regional-trafic-illicite-de-migrants', lang: 'fr', date: '2013-06-15', title: 'Atelier régional sur le trafic illicite de migrants' },
	{ slug: 'regional-workshop-zh', lang: 'zh', date: '2013-05-10', title: '打击偷运移民区域讲习班' },
];

/** Launch content plus 45 generated news items (two of them not in English), so listings have three pages, and a publication with editions. */
function writePagingContent(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync('content', dir, { recursive: true });
	// A publication with every scholarly field (editions, identifiers, files with pages): its page, citations and API documents are tested.
	cpSync('tests/fixtures/scholarly', dir, { recursive: true });
	mkdirSync(join(dir, 'news'), { recursive: true });
	for (const item of OTHER_LANGUAGE_NEWS) {
		writeFileSync(
			join(dir, 'news', `${item.slug}.md`),
			`---\ntitle: ${item.title}\ndate: ${item.date}\nlang: ${item.lang}\ntopics: [migrant-smuggling]\nregions: [global]\n---\n\n${item.title}.\n`,
		);
	}
	for (let i = 1; i <= 45 - OTHER_LANGUAGE_NEWS.length; i++) {
		const day = String(1 + (i % 28)).padStart(2, '0');
		const month = String(1 + (i % 12)).padStart(2, '0');
		writeFileSync(
			join(dir, 'news', `generated-news-item-${i}.md`),
			`---\ntitle: Generated news item ${i}\ndate: 2013-${month}-${day}\ntopics: [migrant-smuggling]\nregions: [global]\n---\n\nBody of generated news item number ${i}.\n`,
		);
	}
}

/** Launch content plus news items with photos: one next to its entry (with another in its body), its Arabic version, a small one; a publication with a cover. */
async function writePhotoContent(dir: string): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	cpSync('content', dir, { recursive: true });
	const news = join(dir, 'news');
	const { slug, title, alt, bodyAlt, arabicTitle } = PHOTO_NEWS;
	await writePhoto(join(news, `${slug}.jpg`), 2400, 1600, 3);
	await writePhoto(join(news, 'quay.jpg'), 1600, 1200, 5);
	await writePhoto(join(news, 'small-photo.jpg'), 300, 200, 7);
	const body = `Coast guards of the Mediterranean met to share what they know of the routes smugglers use.\n\n![${bodyAlt}](quay.jpg)\n\nThey agreed to meet again next year.\n`;
	writeFileSync(
		join(news, `${slug}.md`),
		`---\ntitle: ${title}\ndate: 2013-07-01\ndateline: Valletta (Malta)\ntopics: [migrant-smuggling]\nregions: [global]\nimage:\n  src: ./${slug}.jpg\n  alt: ${alt}\n  caption: The harbour before the meeting.\n  credit: UNODC\n---\n\n${body}`,
	);
	writeFileSync(
		join(news, `${slug}.ar.md`),
		`---\ntitle: ${arabicTitle}\nimage:\n  alt: قوارب راسية في ميناء عند الفجر\n  caption: الميناء قبل الاجتماع.\n---\n\nاجتمع خفر السواحل في البحر الأبيض المتوسط لتبادل المعلومات.\n\n![ضابطان على الرصيف](quay.jpg)\n`,
	);
	// A publication whose cover sits next to it, drawn as npm run covers draws them (1200 px wide, A4).
	const publications = join(dir, 'publications');
	await writePhoto(join(publications, `${PHOTO_PUBLICATION.slug}-cover.jpg`), 1200, 1698, 11);
	writeFileSync(
		join(publications, `${PHOTO_PUBLICATION.slug}.md`),
		`---\ntitle: ${PHOTO_PUBLICATION.title}\ndate: 2013-05-01\nkind: manual\nlanguages: [en]\ntopics: [migrant-smuggling]\nregions: [global]\ncover: ./${PHOTO_PUBLICATION.slug}-cover.jpg\n---\n\nA handbook whose cover goes through the image pipeline.\n`,
	);
	writeFileSync(
		join(news, 'a-small-photo.md'),
		`---\ntitle: A small photo\ndate: 2013-06-01\ntopics: [migrant-smuggling]\nregions: [global]\nimage:\n  src: ./small-photo.jpg\n  alt: A small boat\n---\n\nA photo smaller than the column is never enlarged.\n`,
	);
}

// Names given on the command line build only those sites (`node tests/e2e/build-sites.ts paging`).
const only = process.argv.slice(2);
for (const site of SITES.filter((site) => only.length === 0 || only.includes(site.name))) {
	if (site.name === 'photos') await writePhotoContent(site.contentDir!);
	else if (site.generated && site.contentDir) writePagingContent(site.contentDir);
	rmSync(site.dir, { recursive: true, force: true });
	const started = Date.now();
	execFileSync(process.execPath, ['scripts/build.ts', '--outDir', site.dir, '--silent'], {
		stdio: 'inherit',
		env: {
			...process.env,
			TZ: site.timezone,
			BASE_PATH: site.base,
			CONTENT_DIR: site.contentDir ?? '',
			SITE_URL: 'https://www.example.org',
			BUILD_DATE: '2026-11-29',
		},
	});
	console.log(`built ${site.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
