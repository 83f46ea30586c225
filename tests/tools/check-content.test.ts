import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NODE, ROOT, runScript, tempContentDir } from './helpers.ts';

describe('npm run check:content', () => {
	test('--help', () => {
		const result = runScript('check-content.ts', ['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/file:line: field: message/);
	});

	test('the launch content is valid (default folder)', () => {
		const result = runScript('check-content.ts', []);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(/✓ 19 entries checked/);
	});

	test('CONTENT_DIR is honoured', () => {
		const dir = tempContentDir();
		mkdirSync(join(dir, 'news'));
		writeFileSync(join(dir, 'news/bad.md'), '---\ntitle: x\n---\n');
		const result = runScript('check-content.ts', [], { env: { CONTENT_DIR: dir } });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/news\/bad\.md:1: date: required/);
	});

	test('every problem is printed as file:line: field: message, and the exit status is 1', () => {
		const dir = tempContentDir();
		for (const type of ['news', 'events', 'publications']) mkdirSync(join(dir, type));
		writeFileSync(join(dir, 'news/bad-date.md'), '---\ntitle: A\ndate: 2012-02-30\ntopics: [nope]\n---\n');
		writeFileSync(join(dir, 'events/same.md'), '---\ntitle: B\ndate: 2012-02-03\nendDate: 2012-02-04\n---\n');
		writeFileSync(join(dir, 'publications/same.md'), '---\ntitle: C\ndate: 2012-02-03\nkind: manual\nlanguages: [en]\nrelated: [missing]\n---\n');
		writeFileSync(join(dir, 'news/Bad Name.md'), '---js\n{ title: "x" }\n---\n');
		writeFileSync(join(dir, 'news/latin1.md'), Buffer.from('---\ntitle: Caf\xe9\ndate: 2012-01-01\n---\n', 'latin1'));
		const result = runScript('check-content.ts', [dir]);
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/news\/bad-date\.md:3: date: "2012-02-30" is not a real calendar date/),
				expect.stringMatching(/news\/bad-date\.md:4: topics\.0: unknown topic "nope"/),
				expect.stringMatching(/events\/same\.md:\d+: startDate: required when endDate is set/),
				expect.stringMatching(/publications\/same\.md:1: duplicate slug "same"/),
				expect.stringMatching(/news\/Bad Name\.md:1: file name "Bad Name\.md" is not a slug/),
				expect.stringMatching(/news\/Bad Name\.md:1: "js" front matter is refused/),
				expect.stringMatching(/news\/latin1\.md:2: the file is not valid UTF-8/),
				expect.stringMatching(/✗ \d+ problems in \d files/),
			]),
		);
		for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[^:]+\.md:\d+: /);
	});

	test('hundreds of problems piped to a slow reader all arrive, summary included (issue #15.7)', () => {
		const dir = tempContentDir();
		mkdirSync(join(dir, 'news'));
		for (let i = 0; i < 600; i++) writeFileSync(join(dir, `news/e${i}.md`), '---\ntitle: x\ndate: 2012-02-30\ntopics: [nope]\n---\n\nText.\n');
		const piped = spawnSync('bash', ['-c', `"${NODE}" scripts/check-content.ts "${dir}" 2>&1 | (sleep 1; cat)`], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: '' },
		});
		const lines = piped.stdout.trim().split('\n');
		expect(lines).toHaveLength(1201);
		expect(lines.at(-1)).toMatch(/^✗ 1200 problems in 600 files/);
	});

	test('warnings (a future date) are printed and do not fail the check', () => {
		const dir = tempContentDir();
		mkdirSync(join(dir, 'news'));
		writeFileSync(join(dir, 'news/later.md'), '---\ntitle: Later\ndate: 2099-01-01\n---\n\nText.\n');
		const result = runScript('check-content.ts', [dir], { env: { BUILD_DATE: '2026-01-01' } });
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/news\/later\.md:3: date: warning: 2099-01-01 is in the future \(the build's today is 2026-01-01\)/);
		expect(result.stdout).toMatch(/✓ 1 entries checked in \d+ ms: no problems, 1 warning/);
	});

	test('a missing vocabulary is reported, not thrown', () => {
		const result = runScript('check-content.ts', [tempContentDir(false)]);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/taxonomies\/topics\.yaml:1: missing/);
	});

	test('10,000 entries are checked in under 5 seconds', () => {
		const dir = tempContentDir();
		for (const type of ['news', 'events', 'publications']) mkdirSync(join(dir, type));
		for (let i = 0; i < 10_000; i++) {
			const type = ['news', 'events', 'publications'][i % 3];
			const extra =
				type === 'publications'
					? 'kind: report\nlanguages: [en, fr]\n'
					: type === 'events'
						? 'startDate: 2012-03-07\nendDate: 2012-03-09\nlocation: Vienna (Austria)\n'
						: 'dateline: Vienna (Austria)\n';
			writeFileSync(
				join(dir, type!, `entry-${i}.md`),
				`---\ntitle: "Entry ${i}: smuggling of migrants"\ndate: 2012-03-07\n${extra}topics: [migrant-smuggling, legislation]\nregions: [global]\nlinks:\n  - label: Read more\n    url: https://www.unodc.org/${i}\nrelated: [entry-${(i + 1) % 10_000}]\n---\n\nThe text of entry ${i}, with a paragraph or two.\n\nAnother paragraph.\n`,
			);
		}
		// bash's `time` gives the wall clock and the CPU time of the whole process (Node start-up included).
		const timed = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time "${NODE}" scripts/check-content.ts "${dir}" > /dev/null 2>&1`], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: '' },
		});
		expect(timed.status, timed.stderr).toBe(0);
		const [real = NaN, user = NaN, sys = NaN] = timed.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
		const load = loadavg()[0]!;
		console.log(
			`check:content, 10,000 entries: ${real.toFixed(2)} s wall clock, ${(user + sys).toFixed(2)} s CPU (load average ${load.toFixed(1)} on ${cpus().length} CPUs)`,
		);
		expect(runScript('check-content.ts', [dir]).stdout).toMatch(/✓ 10000 entries checked/);
		// On a machine busy with other work (builds), the wall clock measures the queue, not the tool: judge the CPU time then.
		expect(load > cpus().length ? user + sys : real).toBeLessThan(5);
	});
});
