/**
 * The build and `npm run check:content` judge a folder the same way (issue
 * #15.7): the same problems, every type's at once (Astro would stop at the
 * first collection), and the same warnings, on a folder full of what public
 * attack corpora and word processors produce: a link out of the folder, an
 * alias bomb, a vertical tab, a body nested 10,000 deep, mended URLs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'verdicts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NODE = process.execPath;
// Vitest sets BASE_URL and friends; Astro would take BASE_URL over `base`.
const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...ENV } = process.env;

function folder(name: string, files: Record<string, string>): string {
	const content = join(work, name);
	cpSync('content/taxonomies', join(content, 'taxonomies'), { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(content, path, '..'), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	return content;
}

const run = (args: string[], content: string) => {
	const result = spawnSync(NODE, args, { env: { ...ENV, CONTENT_DIR: content, BUILD_DATE: '2026-01-01' }, encoding: 'utf8', timeout: 180_000 });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};
/** Every reported line naming a file of the folder, as `file:line: field: message` relative to it (check:content marks warnings, the build's logger does). */
const reported = (output: string, content: string) =>
	[
		...new Set(
			output
				.split('\n')
				.filter((line) => line.includes(`${content}/`))
				.map((line) => line.slice(line.indexOf(content) + content.length + 1).replace(/^([^:]+:\d+: (?:[\w.]+: )?)warning: /, '$1')),
		),
	].sort();
/** Just `file:line: field` of each. */
const verdicts = (output: string, content: string) => reported(output, content).map((line) => /^[^:]+:\d+(: [\w.]+(?=: ))?/.exec(line)![0]);

const alias = [
	'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
	...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

test('a broken folder: the build fails with every problem check:content reports, of every type', () => {
	const content = folder('broken', {
		'news/vertical-tab.md': '---\ntitle: "Line\\vbreak from Word"\ndate: 2012-03-07\n---\n\nText.\n',
		'news/bomb.md': `---\n${alias}\ntitle: *i\n---\n`,
		'news/deep.md': `---\ntitle: Deep\ndate: 2012-03-07\n---\n\n${'>'.repeat(10_000)} x\n`,
		'news/mended.md': '---\ntitle: x\ndate: 2012-03-07\nlinks:\n  - label: a\n    url: "https:/evil.example"\n---\n',
		'events/late.md': '---\ntitle: Late\ndate: 2012-03-07\nstartDate: 2012-03-09\nendDate: 2012-03-08\n---\n',
		'publications/untyped.md': '---\ntitle: P\ndate: 2012-03-07\nlanguages: en\n---\n',
	});
	mkdirSync(join(work, 'elsewhere'), { recursive: true });
	writeFileSync(join(work, 'elsewhere/secret.md'), '---\ntitle: Secret\ndate: 2012-03-07\n---\n\nSecret.\n');
	symlinkSync(join(work, 'elsewhere/secret.md'), join(content, 'news/outside.md'));
	const check = run(['scripts/check-content.ts', content], content);
	const build = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist-broken')], content);
	expect(check.status).toBe(1);
	expect(build.status).not.toBe(0);
	const expected = [
		'events/late.md:5: endDate',
		'news/bomb.md:5: d',
		'news/deep.md:6: body',
		'news/mended.md:6: links.0.url',
		'news/outside.md:1',
		'news/vertical-tab.md:2: title',
		'publications/untyped.md:1: kind',
		'publications/untyped.md:4: languages',
	];
	expect(verdicts(check.output, content)).toEqual(expected);
	expect(reported(build.output, content)).toEqual(reported(check.output, content));
	expect(build.output).not.toMatch(/Maximum call stack|RangeError|Invalid string length/);
}, 400_000);

test('a valid folder with warnings: both print the same warnings, and both pass', () => {
	const content = folder('warned', {
		'news/later.md': '---\ntitle: Later\ndate: 2099-01-01\n---\n\nText with [a mended link](https:\\\\evil.example).\n',
		'events/coming.md': '---\ntitle: Coming\ndate: 2025-12-01\nstartDate: 2030-05-14\nendDate: 2030-05-16\n---\n\nText.\n',
		'events/past.md': '---\ntitle: Past\ndate: 2012-03-01\nstartDate: 2012-03-20\nendDate: 2012-03-22\n---\n\nText.\n',
		'events/undated.md': '---\ntitle: Undated\ndate: 2012-03-01\n---\n\nA three day workshop.\n',
	});
	const check = run(['scripts/check-content.ts', content], content);
	const build = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist-warned')], content);
	expect(check.status, check.output).toBe(0);
	expect(build.status, build.output).toBe(0);
	const expected = ['news/later.md:3: date', 'news/later.md:6: body'];
	expect(verdicts(check.output, content)).toEqual(expected);
	expect(reported(build.output, content)).toEqual(reported(check.output, content));
	expect(build.output).toMatch(/2099-01-01 is in the future/);
	// Issue #14.10: only events with their own days get a calendar file; a past one says it took place.
	const dist = join(work, 'dist-warned');
	const page = (slug: string) => readFileSync(join(dist, 'events', slug, 'index.html'), 'utf8');
	expect(page('coming')).toMatch(/href="[^"]*\/events\/coming\.ics"/);
	expect(page('past')).not.toContain('.ics"');
	expect(page('past')).toContain('This event took place on 20–22 March 2012.');
	expect(page('undated')).not.toMatch(/\.ics"|took place/);
	expect(existsSync(join(dist, 'events/undated.ics'))).toBe(false);
	const uids = readFileSync(join(dist, 'feeds/events.ics'), 'utf8').match(/^UID:.*$/gm);
	expect(uids?.map((uid) => uid.replace(/^UID:.*\/events\/|\/\s*$/g, '')).sort()).toEqual(['coming', 'past']);
}, 400_000);

test('verdicts kept by a build never outlive what they were drawn from: a vocabulary change and an edit are judged again', () => {
	const content = folder('kept', {
		'news/a.md': '---\ntitle: A\ndate: 2012-03-07\ntopics: [awareness-raising]\nrelated: [b]\n---\n\nText.\n',
		'news/b.md': '---\ntitle: B\ndate: 2012-03-08\n---\n\nText.\n',
	});
	const cache = join(work, 'cache-kept');
	const build = () =>
		spawnSync(NODE, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist-kept')], {
			env: { ...ENV, CONTENT_DIR: content, BUILD_DATE: '2026-01-01', ASTRO_CACHE_DIR: cache },
			encoding: 'utf8',
			timeout: 180_000,
		});
	const first = build();
	expect(first.status, first.stderr).toBe(0);
	expect(existsSync(join(cache, 'entry-verdicts.json'))).toBe(true);
	// The topic leaves the vocabulary (the last one: no other term names it); a.md, unedited, now names an unknown term.
	const topics = join(content, 'taxonomies/topics.yaml');
	writeFileSync(topics, readFileSync(topics, 'utf8').replace(/^- slug: awareness-raising[\s\S]*$/m, ''));
	const second = build();
	expect(second.status).not.toBe(0);
	expect(reported(`${second.stdout}\n${second.stderr}`, content)).toEqual(reported(run(['scripts/check-content.ts', content], content).output, content));
	expect(reported(`${second.stdout}\n${second.stderr}`, content)).toEqual([expect.stringMatching(/^news\/a\.md:4: topics\.0: /)]);
	// The vocabulary as it was, and the entry a.md relates to gone: a.md is kept valid by its text, but its related slug is checked again.
	cpSync('content/taxonomies', join(content, 'taxonomies'), { recursive: true });
	rmSync(join(content, 'news/b.md'));
	const third = build();
	expect(third.status).not.toBe(0);
	expect(reported(`${third.stdout}\n${third.stderr}`, content)).toEqual([expect.stringMatching(/^news\/a\.md:5: related\.0: no entry has the slug/)]);
}, 400_000);
