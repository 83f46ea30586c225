/**
 * `npm run deploy` to a local folder served by Debian's nginx with the
 * shipped configuration (deploy/nginx/site.conf, root <folder>/current):
 * while readers on 127.0.0.1 keep fetching pages, the stylesheets and scripts
 * each page names, and the search entry files with every chunk they name,
 * two new releases are deployed and one rolled back. No request fails, and
 * every page comes with the assets it names, although each release names
 * other hashed files: a reader who got a page or `pagefind-entry.json` of
 * one release just before a switch asks for its files just after.
 *
 * The releases are the launch site (DIST) and two copies of it in which
 * every hashed file has another name, as after a change of style or content.
 * A release with far fewer entry pages is refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { precompress, sourceOfTwin } from '../../scripts/lib/build/precompress.ts';
import { testConfig, SHIPPED } from '../e2e/nginx.ts';
import { entryHashes, filesOfMeta, metaFile, searchBundles } from '../helpers/pagefind-files.ts';
import { DIST } from './dist-files.ts';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const work = mkdtempSync(join(tmpdir(), 'deploy-nginx-'));
// nginx's workers run as nobody when the tests run as root: they must reach the files.
chmodSync(work, 0o755);
const target = join(work, 'site');
let nginx: ChildProcess | undefined;
let origin = '';

const listFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/**
 * A copy of the site in which every hashed file is renamed (Vite's assets get
 * `tag` before their extension, Pagefind's hashes end in `tag`, same length)
 * and every file naming one is rewritten; compressed twins made again.
 */
/** A Pagefind file's hash: a language code, `_` and at least seven hex digits (not the `pf_f` of `.pf_fragment`). */
const PAGEFIND_HASH = /(?<![a-z])[a-z]{2}_[0-9a-f]{7,}(?![0-9a-z])/g;

async function variant(tag: string): Promise<string> {
	const dir = join(work, `variant-${tag}`);
	cpSync(DIST, dir, { recursive: true, filter: (file) => sourceOfTwin(file) === undefined });
	const renames = new Map<string, string>();
	for (const file of readdirSync(join(dir, '_astro'))) renames.set(file, file.replace(/(\.\w+)$/, `${tag}$1`));
	const hashes = new Map<string, string>();
	for (const bundle of searchBundles(dir)) {
		for (const file of listFiles(join(dir, bundle))) {
			for (const [hash] of file.matchAll(PAGEFIND_HASH)) hashes.set(hash, hash.slice(0, -tag.length) + tag);
		}
	}
	const rewrite = (text: string) => {
		for (const [from, to] of renames) text = text.replaceAll(from, to);
		// Whole hashes only: with a bundle per language, one hash can begin another.
		return text.replace(PAGEFIND_HASH, (hash) => hashes.get(hash) ?? hash);
	};
	for (const file of listFiles(dir)) {
		const path = join(dir, file);
		if (/\.(html|css|js|json|xml)$/.test(file)) writeFileSync(path, rewrite(readFileSync(path, 'utf8')));
		if (file.endsWith('.pf_meta')) writeFileSync(path, gzipSync(Buffer.from(rewrite(gunzipSync(readFileSync(path)).toString('latin1')), 'latin1')));
		const renamed = rewrite(file.split('/').pop()!);
		if (renamed !== file.split('/').pop()) renameSync(path, join(path, '..', renamed));
	}
	const twins = join(work, `twins-${tag}`);
	await precompress(dir, twins);
	cpSync(twins, dir, { recursive: true });
	return dir;
}

/** Runs npm run deploy's script without blocking: the readers run in this process meanwhile. */
function deploy(...args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['scripts/deploy.ts', target, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

const freePort = () =>
	new Promise<number>((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

beforeAll(async () => {
	expect(existsSync(join(DIST, 'index.html')), `${DIST}: run npm run test:sites first`).toBe(true);
	expect(SHIPPED.base).toBe('/smuggling-of-migrants/');
	mkdirSync(target);
	chmodSync(target, 0o755);
	const port = await freePort();
	writeFileSync(join(work, 'nginx.conf'), testConfig(work, target, port));
	nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
	origin = `http://127.0.0.1:${port}`;
}, 30_000);

afterAll(async () => {
	if (nginx && nginx.exitCode === null) {
		const exited = new Promise((resolve) => nginx!.once('exit', resolve));
		nginx.kill('SIGQUIT');
		await exited;
	}
	rmSync(work, { recursive: true, force: true });
}, 30_000);

const BASE = SHIPPED.base;
const PAGES = ['', 'news/', 'events/', 'publications/', 'search/', 'topics/migrant-smuggling/', 'no-such-page/'];

interface Reader {
	requests: number;
	pages: number;
	failures: string[];
}

/** What a browser fetches after a page: its stylesheets and scripts. */
const assetsOf = (html: string) =>
	[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script[^>]* src="([^"]+)"/g)].map((match) => match[1] ?? match[2]!);

/** One reader: a page, then (after a pause in which a switch may happen) what it names; or a search entry file, then its chunks. */
async function read(reader: Reader, until: () => boolean, pause: () => Promise<void>): Promise<void> {
	const get = async (path: string, expected = 200) => {
		reader.requests++;
		try {
			const response = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
			const body = Buffer.from(await response.arrayBuffer());
			if (response.status === expected) return body;
			reader.failures.push(`${response.status} ${path}`);
			return Buffer.alloc(0);
		} catch (error) {
			reader.failures.push(`${path}: ${(error as Error).message}`);
			return Buffer.alloc(0);
		}
	};
	for (let i = 0; !until(); i++) {
		const page = PAGES[i % PAGES.length]!;
		const html = (await get(`${BASE}${page}`, page.startsWith('no-such') ? 404 : 200)).toString('utf8');
		reader.pages++;
		await pause();
		for (const asset of assetsOf(html)) await get(new URL(asset, `${origin}${BASE}${page}`).pathname);
		const bundle = i % 2 ? 'pagefind/en' : 'pagefind-browse';
		const entry = await get(`${BASE}${bundle}/pagefind-entry.json`);
		if (!entry.length) continue;
		const [hash] = entryHashes(entry.toString('utf8'));
		await pause();
		const meta = await get(`${BASE}${bundle}/${metaFile(hash!)}`);
		if (meta.length) for (const file of filesOfMeta(meta)) await get(`${BASE}${bundle}/${file}`);
	}
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('deploys and a rollback while readers fetch pages, assets and search files: no request fails', async () => {
	const [second, third] = [await variant('b2'), await variant('c3')];
	const first = await deploy('--site', DIST);
	expect(first.output).toContain('Live:');
	expect(first.status).toBe(0);
	for (
		let tries = 0;
		(await fetch(`${origin}${BASE}`).then(
			(response) => response.status,
			() => 0,
		)) !== 200;
		tries++
	) {
		expect(tries, 'nginx did not start serving').toBeLessThan(100);
		await sleep(50);
	}
	const cssOf = async () => assetsOf(await (await fetch(`${origin}${BASE}`)).text()).find((asset) => asset.endsWith('.css'));
	const firstCss = await cssOf();

	let done = false;
	const readers: Reader[] = Array.from({ length: 4 }, () => ({ requests: 0, pages: 0, failures: [] }));
	// Pauses of 0–30 ms between a page and what it names, so that switches fall between them.
	let seed = 1;
	const pause = async () => void (await sleep((seed = (seed * 48271) % 2147483647) % 30));
	const reading = Promise.all(readers.map((reader) => read(reader, () => done, pause)));
	const releases = () => readdirSync(join(target, 'releases')).filter((name) => /^\d{8}-\d{6}(-\d+)?$/.test(name));
	const steps: [string, string[]][] = [
		['second', ['--site', second]],
		['third', ['--site', third]],
		['rollback', ['--rollback', '--site', second]],
	];
	const live: string[] = [readlinkSync(join(target, 'current'))];
	for (const [name, args] of steps) {
		await sleep(400);
		const result = await deploy(...args);
		expect(result.status, `${name}: ${result.output}`).toBe(0);
		live.push(readlinkSync(join(target, 'current')));
	}
	await sleep(400);
	done = true;
	await reading;

	const failures = readers.flatMap((reader) => reader.failures);
	expect(failures).toEqual([]);
	expect(
		readers.map((reader) => reader.pages).every((pages) => pages > 20),
		readers.map((reader) => reader.pages).join(' '),
	).toBe(true);
	// Each step switched current: the second, the third, then back to the second.
	expect(new Set(live.slice(0, 3)).size).toBe(3);
	expect(live[3]).toBe(live[1]);
	expect(await cssOf()).toMatch(/b2\.css$/);
	expect(firstCss).not.toMatch(/b2\.css$/);
	expect(releases()).toHaveLength(3);
	console.log(
		`readers: ${readers.reduce((sum, reader) => sum + reader.requests, 0)} requests, ${readers.reduce((sum, reader) => sum + reader.pages, 0)} pages, none failed`,
	);
}, 180_000);

test('a release with over 10 % fewer entry pages is refused, and the live one stays', async () => {
	const shrunk = join(work, 'shrunk');
	cpSync(DIST, shrunk, { recursive: true });
	// Every language's publications: the English ones and the Model Law's translations.
	for (const prefix of ['', 'ar', 'fr', 'ru', 'es']) rmSync(join(shrunk, prefix, 'publications'), { recursive: true, force: true });
	const before = readlinkSync(join(target, 'current'));
	const refused = await deploy('--site', shrunk);
	expect(refused.status).toBe(1);
	expect(refused.output).toMatch(/Not deployed: The new build has 7 entry pages, the live release 19: 63 % fewer.*publications 12 → 0 \(−100 %\).*--force/s);
	expect(readlinkSync(join(target, 'current'))).toBe(before);
	expect(readdirSync(join(target, 'releases')).filter((name) => name.endsWith('.partial'))).toEqual([]);
	expect(existsSync(join(target, '.deploy-lock'))).toBe(false);
});
