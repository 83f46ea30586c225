/** Reading a built site (DIST_DIR, default dist/) for the build tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { basePath, siteUrl } from '../../src/lib/routing/deployment.ts';
import { listEntryFiles, resolveContentDir } from '../../src/entry-files/files.ts';
import { absoluteUrl } from '../../src/lib/routing/paths.ts';

export const DIST = resolve(process.env['DIST_DIR'] || 'dist');

/** Absolute URL of a site path under SITE_URL and BASE_PATH, as the build saw them. */
export const urlOf = (path: string) => absoluteUrl(path, siteUrl(), basePath());

/** Every absolute URL of the site starts with this. */
export const PREFIX = urlOf('/');

export const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Files under `dir` (relative to dist), recursively, as dist-relative paths. */
export function files(dir = '', filter: (path: string) => boolean = () => true): string[] {
	const root = join(DIST, dir);
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(DIST, join(entry.parentPath, entry.name)))
		.filter(filter)
		.sort();
}

/** The original entry files of the content that was built (translations left out), with whether each is a draft and has a startDate. */
export function contentEntries(): { type: string; slug: string; draft: boolean; startDate: boolean }[] {
	return listEntryFiles(resolveContentDir())
		.filter((file) => !file.translation)
		.map((file) => {
			const frontMatter = readFileSync(file.path, 'utf8').split(/^---\s*$/m)[1] ?? '';
			return { type: file.type, slug: file.slug, draft: /^draft:\s*true\s*$/m.test(frontMatter), startDate: /^startDate:/m.test(frontMatter) };
		});
}
