/** The benchmark's floor (scripts/bench-floor.ts, scripts/lib/floor.ts): the one-file Astro project, the sum, the command's errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { floorSiteFiles, floorSummary, writeFloorSite } from '../../scripts/lib/floor.ts';
import { NODE, ROOT, runScript } from '../tools/helpers.ts';

describe('floorSiteFiles', () => {
	test.each([0, -3, 2.5, Number.NaN])('refuses %s pages', (pages) => {
		expect(() => floorSiteFiles(pages)).toThrow(/positive whole number of pages/);
	});

	const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('is an Astro project that builds exactly that many pages, each a whole document', () => {
		writeFloorSite(dir, 3);
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
		const build = spawnSync(NODE, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, FORCE_COLOR: '0' },
		});
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(build.stdout).toMatch(/3 page\(s\) built/);
		expect(readdirSync(join(dir, 'dist')).sort()).toEqual(['page-1', 'page-2', 'page-3']);
		const html = readFileSync(join(dir, 'dist/page-2/index.html'), 'utf8');
		expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
		expect(html).toContain('<h1>Page 2</h1><p>One paragraph of page 2.</p>');
		expect(html).not.toContain('<script');
	});
});

describe('floorSummary', () => {
	test.each([
		{
			entries: 10_000,
			parts: { astroSeconds: 8, searchSeconds: 14 },
			build: 58,
			expected: { floorSeconds: 22, budgetSeconds: 30, leftSeconds: 8, beyondSeconds: 36 },
		},
		{
			entries: 50_000,
			parts: { astroSeconds: 50, searchSeconds: 110 },
			build: undefined,
			expected: { floorSeconds: 160, budgetSeconds: 150, leftSeconds: -10, beyondSeconds: undefined },
		},
		{
			entries: 1_000,
			parts: { astroSeconds: 2, searchSeconds: 1.5 },
			build: 7,
			expected: { floorSeconds: 3.5, budgetSeconds: undefined, leftSeconds: undefined, beyondSeconds: 3.5 },
		},
	])('$entries entries: floor, budget, what is left and what the build spends beyond it', ({ entries, parts, build, expected }) => {
		expect(floorSummary(entries, parts, build)).toEqual(expected);
	});
});

describe('npm run bench:floor', () => {
	test.each([
		{ args: [], status: 2, message: /--entries must be a positive whole number, got nothing/ },
		{ args: ['--entries', 'ten'], status: 2, message: /--entries must be a positive whole number, got ten/ },
		{ args: ['--entries', '7', '--bogus'], status: 2, message: /Unknown option '--bogus'[\s\S]*npm run bench:floor -- --help/ },
		{ args: ['--entries', '7'], status: 1, message: /No benchmark site in .*tmp\/bench\/site-7: run `npm run bench -- --entries 7 --keep` first/ },
	])('$args: exits $status with the cause', ({ args, status, message }) => {
		const result = runScript('bench-floor.ts', args);
		expect(result.status).toBe(status);
		expect(result.stderr).toMatch(message);
	});

	test('--help says what it measures and what it needs first', () => {
		const result = runScript('bench-floor.ts', ['--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Astro alone');
		expect(result.stdout).toContain('npm run bench -- --entries N --keep');
	});
});
