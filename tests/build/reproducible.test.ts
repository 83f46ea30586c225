/**
 * Reproducible builds: two clean builds of the launch content (fresh output
 * folders and content caches), one after the other under opposite time zones
 * (UTC+14 and UTC−11), give byte-identical files. One is built as
 * `npm run build` does (scripts/build.ts: search indexed after Astro exits),
 * the other by plain `astro build` (indexed in the build hook), so the two
 * ways of building are checked to give the same site too. Plain `astro build`
 * writes no compressed twins (scripts/build.ts does, for nginx): the npm
 * build's twins are left out of the comparison, and must be there.
 *
 * The one input that is a date is `BUILD_DATE` (default: today in the build's
 * time zone), which decides which events are upcoming and the `updated` date of
 * an empty feed. It is fixed here, as it should be in any build meant to be
 * compared; everything else (feed and sitemap dates, asset names, the search
 * index) comes from the content alone. See docs/deploy.md.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { sourceOfTwin } from '../../scripts/lib/build/precompress.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'reproducible-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `astro build` alone, or scripts/build.ts (what `npm run build` runs). */
const COMMANDS = { astro: ['node_modules/astro/bin/astro.mjs', 'build'], npm: ['scripts/build.ts'] };

async function build(name: string, timezone: string, command: keyof typeof COMMANDS): Promise<string> {
	const out = join(work, name);
	// Vitest sets BASE_URL and friends; Astro would take BASE_URL over `base`.
	const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
	await run(process.execPath, [...COMMANDS[command], '--outDir', out, '--silent'], {
		env: {
			...env,
			TZ: timezone,
			CONTENT_DIR: '',
			ASTRO_CACHE_DIR: join(work, `${name}-cache`),
			SITE_URL: 'https://www.example.org',
			BASE_PATH: '/smuggling-of-migrants/',
			BUILD_DATE: '2026-11-29',
		},
	});
	return out;
}

const listing = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();

test('two clean builds in opposite time zones, one by npm run build and one by astro build, are byte-identical', async () => {
	const a = await build('kiritimati', 'Pacific/Kiritimati', 'npm');
	const b = await build('pago-pago', 'Pacific/Pago_Pago', 'astro');
	const all = listing(a);
	const files = all.filter((file) => sourceOfTwin(file) === undefined);
	expect(all.length - files.length).toBeGreaterThan(100);
	expect(files.length).toBeGreaterThan(100);
	expect(listing(b)).toEqual(files);
	const different = files.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
	expect(different).toEqual([]);
}, 240_000);
