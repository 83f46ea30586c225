import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listEntryFiles } from '../../src/entry-files/files.ts';
import { parseEntryFile } from '../../src/entry-files/front-matter.ts';
import { FIXTURES, LEGACY_TEXT, ROOT, runScript, tempContentDir } from './helpers.ts';

/** The originals of a content folder: the legacy text has no translations (the launch content's were added from the published titles). */
const originals = (dir: string) => listEntryFiles(dir).filter((file) => !file.translation);

/** Every original entry of a content folder: relative path → type, date, title. */
function summary(dir: string) {
	return Object.fromEntries(
		originals(dir).map((file) => {
			const { data } = parseEntryFile(readFileSync(file.path, 'utf8'));
			return [relative(dir, file.path), { type: file.type, date: data['date'], title: data['title'], kind: data['kind'] }];
		}),
	);
}
const snapshot = (dir: string) => Object.fromEntries(listEntryFiles(dir).map((file) => [file.path, readFileSync(file.path, 'utf8')]));
const allFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));

describe('npm run import', () => {
	test('--help explains the command', () => {
		const result = runScript('import.ts', ['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Usage: npm run import -- <file> \[--dry-run\] \[--force\] \[--out <content dir>\]/);
		expect(result.stdout).toMatch(/--force/);
	});

	test.each([[[]], [['--nope', 'x']], [['a', 'b']]])('bad usage %j exits 2', (args) => {
		expect(runScript('import.ts', args).status).toBe(2);
	});

	test("importing the legacy text into an empty folder reproduces the launch content's entries (same files, types, dates and titles)", () => {
		const out = tempContentDir(false);
		const result = runScript('import.ts', [LEGACY_TEXT, '--out', out]);
		expect(result.status, result.stderr).toBe(0);
		expect(summary(out)).toEqual(summary(join(ROOT, 'content')));
		expect(result.stdout).toMatch(/Created 15, overwritten 0, unchanged 0, skipped 0, warnings \d+\./);
	});

	test('the imported bodies, datelines, images, languages and related links match the launch content', () => {
		const out = tempContentDir();
		expect(runScript('import.ts', [LEGACY_TEXT, '--out', out]).status).toBe(0);
		for (const file of originals(join(ROOT, 'content'))) {
			const launch = parseEntryFile(readFileSync(file.path, 'utf8'));
			const imported = parseEntryFile(readFileSync(join(out, file.type, `${file.slug}.md`), 'utf8'));
			expect(imported.body.trim(), file.slug).toBe(launch.body.trim());
			for (const key of ['dateline', 'image', 'languages', 'related', 'kind']) expect(imported.data[key], `${file.slug} ${key}`).toEqual(launch.data[key]);
		}
		expect(runScript('check-content.ts', [out]).status).toBe(0);
	});

	test("running it twice changes nothing; an editor's change is kept unless --force", () => {
		const out = tempContentDir();
		expect(runScript('import.ts', [LEGACY_TEXT, '--out', out]).status).toBe(0);
		const first = snapshot(out);
		const second = runScript('import.ts', [LEGACY_TEXT, '--out', out]);
		expect(second.stdout).toMatch(/Created 0, overwritten 0, unchanged 15, skipped 0/);
		expect(snapshot(out)).toEqual(first);

		const edited = join(out, 'news/new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea.md');
		appendFileSync(edited, '\nAn editor added this.\n');
		const third = runScript('import.ts', [LEGACY_TEXT, '--out', out]);
		expect(third.status).toBe(0);
		expect(third.stdout).toMatch(/skipped +news\/new-unodc-paper-sheds-light-on-smuggling-of-migrants-by-sea\.md[\s\S]*changed by an editor/);
		expect(third.stdout).toMatch(/unchanged 14, skipped 1/);
		expect(readFileSync(edited, 'utf8')).toContain('An editor added this.');

		const forced = runScript('import.ts', [LEGACY_TEXT, '--out', out, '--force']);
		expect(forced.stdout).toMatch(/overwritten 1, unchanged 14, skipped 0/);
		expect(snapshot(out)).toEqual(first);
	});

	test('an entry an editor moved to another type is not created again', () => {
		const out = tempContentDir();
		expect(runScript('import.ts', [LEGACY_TEXT, '--out', out]).status).toBe(0);
		const from = join(out, 'events/expert-group-meeting-on-migrant-smuggling-by-sea.md');
		mkdirSync(join(out, 'news'), { recursive: true });
		writeFileSync(join(out, 'news/expert-group-meeting-on-migrant-smuggling-by-sea.md'), readFileSync(from));
		rmSync(from);
		const result = runScript('import.ts', [LEGACY_TEXT, '--out', out, '--force']);
		expect(result.stdout).toMatch(
			/skipped +events\/expert-group-meeting[\s\S]*news\/expert-group-meeting-on-migrant-smuggling-by-sea\.md already uses this name/,
		);
		expect(existsSync(from)).toBe(false);
	});

	test('--dry-run writes nothing and shows what it would do', () => {
		const out = tempContentDir();
		const result = runScript('import.ts', [LEGACY_TEXT, '--out', out, '--dry-run']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/Dry run: nothing written/);
		expect(result.stdout).toMatch(/would create +publications\/unodc-strategy-on-human-trafficking-and-migrant-smuggling\.md/);
		expect(result.stdout).toMatch(/Would create 15/);
		expect(allFiles(out).every((path) => path.includes('taxonomies'))).toBe(true);
	});

	test('items needing attention are listed with what to do', () => {
		const result = runScript('import.ts', [LEGACY_TEXT, '--out', tempContentDir(), '--quiet']);
		expect(result.stdout).toMatch(/unodc-strategy[\s\S]*! "Read more here\." lost its target/);
		expect(result.stdout).toMatch(/model-law[\s\S]*! "Download here" lost its target/);
		expect(result.stdout).toMatch(/issue-paper-smuggling-of-migrants-by-sea[^\n]*\n\s+! only a title/);
		expect(result.stdout).not.toMatch(/created +events\/expert-group/); // --quiet: items without warnings are not listed
	});

	test('the HTML listing keeps its link targets and drops scripts', () => {
		const out = tempContentDir();
		const result = runScript('import.ts', [join(FIXTURES, 'legacy/listing.html'), '--out', out]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/<script> removed/);
		expect(Object.keys(summary(out))).toEqual(Object.keys(summary(join(ROOT, 'content'))));
		const strategy = parseEntryFile(readFileSync(join(out, 'publications/unodc-strategy-on-human-trafficking-and-migrant-smuggling.md'), 'utf8'));
		expect(strategy.data['links']).toContainEqual({
			label: 'Read more',
			url: 'https://www.unodc.org/documents/human-trafficking/unodc-strategy-on-human-trafficking-and-.pdf',
			format: 'PDF',
		});
		expect(
			allFiles(out)
				.map((path) => readFileSync(path, 'utf8'))
				.join('\n'),
		).not.toMatch(/<script|javascript:|onclick|onload|writeFileSync/);
		expect(existsSync('/tmp/legacy-html-pwned')).toBe(false);
		expect(runScript('check-content.ts', [out]).status).toBe(0);
	});

	test.each([
		['bad-date.txt', 8, /31\/02\/2012" is not a real date/],
		['no-title.txt', 3, /has no title/],
		['truncated.txt', 8, /cut off/],
		['truncated.html', 0, /truncated/],
		['invalid-utf8.txt', 5, /not valid UTF-8/],
		['no-items.txt', 1, /no items found/],
	])('bad input %s: clear error with the line, nothing written', (name, line, message) => {
		const out = tempContentDir();
		const result = runScript('import.ts', [join(FIXTURES, 'legacy', name), '--out', out]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
		expect(result.stderr).toMatch(line ? new RegExp(`${name}:${line}: `) : new RegExp(`${name}:\\d+: `));
		expect(allFiles(out).filter((path) => !path.includes('taxonomies'))).toEqual([]);
	});

	test('a large input shows progress', () => {
		const dir = tempContentDir();
		const input = join(dir, 'large.txt');
		const lines = ['Migrant Smuggling', ''];
		for (let i = 0; i < 1200; i++)
			lines.push(
				`  • ${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/2011`,
				`    Item number ${i} about smuggling of migrants`,
				'',
				`    Text of item ${i}.`,
				'',
			);
		writeFileSync(input, lines.join('\n'));
		const result = runScript('import.ts', [input, '--out', dir]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/written 1200\/1200 files/);
		expect(result.stdout).toMatch(/Created 1200/);
		expect(runScript('import.ts', [input, '--out', dir]).stdout).toMatch(/unchanged 1200/);
	});
});
