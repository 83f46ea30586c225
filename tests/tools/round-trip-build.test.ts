/**
 * Round trip: import the legacy page (text and HTML forms), build the site from
 * that content folder, and find every imported item on its page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listEntryFiles } from '../../src/entry-files/files.ts';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { FIXTURES, LEGACY_TEXT, NODE, ROOT, runScript, tempContentDir } from './helpers.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('import (and new), then build: every imported item appears on the site', { timeout: 900_000 }, () => {
	const content = tempContentDir();
	expect(runScript('import.ts', [LEGACY_TEXT, '--out', content]).status).toBe(0);
	// An entry made with `npm run new` builds too.
	expect(runScript('new.ts', ['events', 'Added by an editor', '--date', '2013-01-02', '--content', content]).status).toBe(0);
	const outDir = join(content, '..', `${content.split('/').at(-1)}-dist`);
	const build = spawnSync(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: content, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
		encoding: 'utf8',
		timeout: 880_000,
	});
	expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-4000)).toBe(0);
	const files = listEntryFiles(content);
	expect(files).toHaveLength(16);
	for (const file of files) {
		const page = join(outDir, file.type, file.slug, 'index.html');
		expect(existsSync(page), page).toBe(true);
		const html = readFileSync(page, 'utf8');
		const title = String(parseEntryFile(readFileSync(file.path, 'utf8')).data['title']);
		const normalised = html.replace(/&#39;|&#x27;/g, "'").replace(/&quot;|&#34;/g, '"');
		expect(normalised.includes(escapeHtml(title)) || normalised.includes(title), `${file.type}/${file.slug}: title "${title}"`).toBe(true);
	}
});

test("the HTML form imports to entries that pass the build's checks", () => {
	const content = tempContentDir();
	expect(runScript('import.ts', [join(FIXTURES, 'legacy/listing.html'), '--out', content]).status).toBe(0);
	expect(runScript('check-content.ts', [content]).status).toBe(0);
});
