/**
 * Builds the end-to-end test sites (see sites.ts): the launch content under two
 * opposite time zones (one under a sub-path base), and a larger generated
 * content set for pagination. Run before `playwright test`. Built as
 * `npm run build` builds (scripts/build.ts), search index included.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITES } from './sites.ts';

/** Launch content plus 45 generated news items, so listings have three pages. */
function writePagingContent(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
	cpSync('content', dir, { recursive: true });
	mkdirSync(join(dir, 'news'), { recursive: true });
	for (let i = 1; i <= 45; i++) {
		const day = String(1 + (i % 28)).padStart(2, '0');
		const month = String(1 + (i % 12)).padStart(2, '0');
		writeFileSync(
			join(dir, 'news', `generated-news-item-${i}.md`),
			`---\ntitle: Generated news item ${i}\ndate: 2013-${month}-${day}\ntopics: [migrant-smuggling]\nregions: [global]\n---\n\nBody of generated news item number ${i}.\n`,
		);
	}
}

for (const site of SITES) {
	if (site.contentDir) writePagingContent(site.contentDir);
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
