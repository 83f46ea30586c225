/** npm run covers (scripts/covers.ts) as editors run it, on PDFs made by pdf-lib in a temporary site. */
import { loadImage } from '@napi-rs/canvas';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { runScript } from './helpers.ts';
import { damagedPdf, passwordPdf, restrictedPdf, samplePdf } from './pdf-fixtures.ts';

const STUDY = `---
title: "Global Study on Smuggling of Migrants"   # as on the cover
date: 2018-06-13
kind: report
languages: [en, fr, ar]
files:
  # English first: the cover comes from it
  - label: Read the study
    url: /files/study-en.pdf
    lang: en
    format: PDF
    size: 1 MB   # typed by hand, wrong
  - { url: /files/study-fr.pdf, lang: fr, format: PDF }
  - { url: "https://www.unodc.org/documents/study-ar.pdf", lang: ar, format: PDF }
  - { url: /files/study-en.epub, lang: en, format: EPUB }
---

The first global study.
`;
const STUDY_AFTER = `---
title: "Global Study on Smuggling of Migrants"   # as on the cover
date: 2018-06-13
kind: report
languages: [en, fr, ar]
files:
  # English first: the cover comes from it
  - label: Read the study
    url: /files/study-en.pdf
    lang: en
    format: PDF
    size: SIZE_EN   # typed by hand, wrong
    pages: 12
  - { url: /files/study-fr.pdf, lang: fr, format: PDF, pages: 3, size: SIZE_FR }
  - { url: "https://www.unodc.org/documents/study-ar.pdf", lang: ar, format: PDF }
  - { url: /files/study-en.epub, lang: en, format: EPUB }
cover: /covers/global-study.jpg
---

The first global study.
`;
const OWN_COVER = `---
title: Model Law
date: 2011-08-22
kind: model-law
languages: [en]
cover: /images/model-law-cover.png
files:
  - { url: model-law.pdf, lang: en, format: PDF }
---
`;
const REMOTE_ONLY = `---
title: Toolkit
date: 2012-01-01
kind: tool
languages: [en]
files:
  - { url: "https://www.unodc.org/toolkit.pdf", lang: en, format: PDF }
---
`;

let template: string;
const kb = (bytes: number) => `${Math.round(bytes / 1000)} KB`;
let sizes: { en: string; fr: string };

beforeAll(async () => {
	template = mkdtempSync(join(tmpdir(), 'covers-'));
	mkdirSync(join(template, 'content/publications'), { recursive: true });
	mkdirSync(join(template, 'public/files'), { recursive: true });
	const en = await samplePdf(12, 'Global Study');
	const fr = await samplePdf(3, 'Étude mondiale');
	writeFileSync(join(template, 'public/files/study-en.pdf'), en);
	writeFileSync(join(template, 'public/files/study-fr.pdf'), fr);
	writeFileSync(join(template, 'content/publications/model-law.pdf'), await samplePdf(5, 'Model Law'));
	writeFileSync(join(template, 'content/publications/global-study.md'), STUDY);
	writeFileSync(join(template, 'content/publications/model-law.md'), OWN_COVER);
	writeFileSync(join(template, 'content/publications/toolkit.md'), REMOTE_ONLY);
	sizes = { en: kb(en.length), fr: kb(fr.length) };
});
afterAll(() => rmSync(template, { recursive: true, force: true }));

/** A fresh copy of the temporary site. */
function site(): string {
	const dir = mkdtempSync(join(tmpdir(), 'covers-site-'));
	cpSync(template, dir, { recursive: true });
	return dir;
}
const covers = (dir: string, ...args: string[]) =>
	runScript('covers.ts', ['--content', join(dir, 'content'), '--public', join(dir, 'public'), ...args], { cwd: dir });
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('npm run covers', () => {
	test('--help explains itself; a bad option or width is a usage error', () => {
		const help = runScript('covers.ts', ['--help']);
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('Usage: npm run covers --');
		expect(help.stdout).toContain('--dry-run');
		expect(runScript('covers.ts', ['--colour']).status).toBe(2);
		const width = runScript('covers.ts', ['--width', 'wide']);
		expect(width.status).toBe(2);
		expect(width.stderr).toContain('--width "wide" is not a width in pixels');
	});

	test('writes pages and sizes, adds the cover, draws it, and changes no other line', async () => {
		const dir = site();
		const run = covers(dir);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(read(dir, 'content/publications/global-study.md')).toBe(STUDY_AFTER.replace('SIZE_EN', sizes.en).replace('SIZE_FR', sizes.fr));
		expect(run.stdout).toContain(`files.0.size: ${sizes.en} (was 1 MB)`);
		expect(run.stdout).toContain('files.1.pages: 3');
		expect(run.stdout).toContain('cover: /covers/global-study.jpg');
		expect(run.stdout).toMatch(/public\/covers\/global-study\.jpg: drawn from page 1 of \/files\/study-en\.pdf, 1200 × 1698 px, \d+ KB/);
		expect(run.stdout).toContain('✓ 2 publications with local PDFs: 2 updated, 0 unchanged; 2 files at http(s) addresses skipped');
		const jpeg = readFileSync(join(dir, 'public/covers/global-study.jpg'));
		expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
		const image = await loadImage(jpeg);
		expect([image.width, image.height]).toEqual([1200, 1698]);
		// The entry still reads as the project reads entries.
		const { data, body } = parseEntryFile(read(dir, 'content/publications/global-study.md'));
		expect(data['files']).toMatchObject([{ pages: 12, size: sizes.en }, { pages: 3, size: sizes.fr }, {}, {}]);
		expect(body.trim()).toBe('The first global study.');
	});

	test('a cover the entry names itself is left alone; a PDF beside the entry is measured', () => {
		const dir = site();
		expect(covers(dir).status).toBe(0);
		expect(read(dir, 'content/publications/model-law.md')).toBe(
			OWN_COVER.replace(
				'{ url: model-law.pdf, lang: en, format: PDF }',
				`{ url: model-law.pdf, lang: en, format: PDF, pages: 5, size: ${kb(statSync(join(dir, 'content/publications/model-law.pdf')).size)} }`,
			),
		);
		expect(existsSync(join(dir, 'public/covers/model-law.jpg'))).toBe(false);
		expect(read(dir, 'content/publications/toolkit.md')).toBe(REMOTE_ONLY);
	});

	test('a second run changes nothing: same bytes, no drawing', () => {
		const dir = site();
		expect(covers(dir).status).toBe(0);
		const entry = read(dir, 'content/publications/global-study.md');
		const drawn = statSync(join(dir, 'public/covers/global-study.jpg')).mtimeMs;
		const again = covers(dir);
		expect(again.status).toBe(0);
		expect(again.stdout.trim()).toBe('✓ 2 publications with local PDFs: 0 updated, 2 unchanged; 2 files at http(s) addresses skipped');
		expect(read(dir, 'content/publications/global-study.md')).toBe(entry);
		expect(statSync(join(dir, 'public/covers/global-study.jpg')).mtimeMs).toBe(drawn);
	});

	test('a PDF newer than its cover, or --force, draws the cover again', () => {
		const dir = site();
		covers(dir);
		const cover = join(dir, 'public/covers/global-study.jpg');
		utimesSync(cover, new Date(2000, 0, 1), new Date(2000, 0, 1));
		const newer = covers(dir);
		expect(newer.stdout).toContain('drawn from page 1 of /files/study-en.pdf');
		expect(newer.stdout).toContain('1 updated, 1 unchanged');
		expect(covers(dir).stdout).toContain('0 updated');
		expect(covers(dir, '--force').stdout).toContain('drawn from page 1');
	});

	test('--dry-run shows the changes and writes nothing', () => {
		const dir = site();
		const run = covers(dir, '--dry-run');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain(`files.0.size: ${sizes.en} (was 1 MB)`);
		expect(run.stdout).toContain('2 would change, 0 unchanged; 2 files at http(s) addresses skipped (dry run: nothing was written)');
		expect(read(dir, 'content/publications/global-study.md')).toBe(STUDY);
		expect(existsSync(join(dir, 'public/covers'))).toBe(false);
	});

	test('only the publications named, by slug or file; an unknown one is a usage error', () => {
		const dir = site();
		const run = covers(dir, 'model-law');
		expect(run.stdout).toContain('✓ 1 publication with local PDFs: 1 updated');
		expect(read(dir, 'content/publications/global-study.md')).toBe(STUDY);
		expect(covers(dir, join(dir, 'content/publications/global-study.md')).stdout).toContain('✓ 1 publication with local PDFs: 1 updated');
		const unknown = covers(dir, 'no-such-paper');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('no-such-paper: no such publication in');
	});

	test('a PDF anyone may open but whose owner restricted printing and copying is measured like any other', () => {
		const dir = site();
		const restricted = restrictedPdf();
		writeFileSync(join(dir, 'public/files/study-fr.pdf'), restricted);
		const run = covers(dir);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(read(dir, 'content/publications/global-study.md')).toContain(
			`{ url: /files/study-fr.pdf, lang: fr, format: PDF, pages: 1, size: ${restricted.length} B }`,
		);
	});

	test.each([
		[
			'a missing PDF',
			(dir: string) => rmSync(join(dir, 'public/files/study-fr.pdf')),
			'files.1.url: /files/study-fr.pdf (public/files/study-fr.pdf): no such file: put the PDF there, or correct the url',
			13,
		],
		[
			'a damaged PDF',
			(dir: string) => writeFileSync(join(dir, 'public/files/study-fr.pdf'), damagedPdf()),
			'files.1.url: /files/study-fr.pdf (public/files/study-fr.pdf): the PDF is damaged or cut off',
			13,
		],
		[
			'a cut-off PDF',
			(dir: string) => writeFileSync(join(dir, 'public/files/study-en.pdf'), readFileSync(join(dir, 'public/files/study-en.pdf')).subarray(0, 400)),
			'files.0.url: /files/study-en.pdf (public/files/study-en.pdf): the PDF is damaged or cut off',
			9,
		],
		[
			'a password-protected PDF',
			(dir: string) => writeFileSync(join(dir, 'public/files/study-en.pdf'), passwordPdf()),
			'files.0.url: /files/study-en.pdf (public/files/study-en.pdf): the PDF is protected by a password',
			9,
		],
		[
			'a web page saved as .pdf',
			(dir: string) => writeFileSync(join(dir, 'public/files/study-fr.pdf'), '<!doctype html><title>Not found</title>'),
			'files.1.url: /files/study-fr.pdf (public/files/study-fr.pdf): is not a PDF (it does not start with "%PDF-")',
			13,
		],
		[
			'an empty file',
			(dir: string) => writeFileSync(join(dir, 'public/files/study-fr.pdf'), ''),
			'files.1.url: /files/study-fr.pdf (public/files/study-fr.pdf): the file is empty (0 bytes)',
			13,
		],
		[
			'a path out of public/',
			(dir: string) => writeFileSync(join(dir, 'content/publications/global-study.md'), STUDY.replace('/files/study-fr.pdf', '/../secret.pdf')),
			'files.1.url: "/../secret.pdf" leaves the site\'s public folder',
			13,
		],
		[
			'broken YAML',
			(dir: string) => writeFileSync(join(dir, 'content/publications/global-study.md'), STUDY.replace('kind: report', 'kind: [report')),
			'invalid YAML',
			undefined,
		],
	])('%s: file:line: field: message, exit 1, nothing written', (_, breakIt, message, line) => {
		const dir = site();
		breakIt(dir);
		const entry = read(dir, 'content/publications/global-study.md');
		const run = covers(dir);
		expect(run.status).toBe(1);
		const [problem, summary] = run.stderr.trim().split('\n');
		expect(problem).toContain(`content/publications/global-study.md:${line ?? ''}`);
		expect(problem).toContain(message);
		expect(summary).toBe('1 problem: nothing was written. Fix them and run "npm run covers" again.');
		expect(read(dir, 'content/publications/global-study.md')).toBe(entry);
		// The other publication, which has no problem, is not written either.
		expect(read(dir, 'content/publications/model-law.md')).toBe(OWN_COVER);
		expect(existsSync(join(dir, 'public/covers'))).toBe(false);
	});
});
