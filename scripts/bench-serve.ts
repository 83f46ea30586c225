/**
 * npm run bench:serve -- [--site DIR] [--connections N] [--seconds S]
 *
 * Load on the shipped nginx configuration (deploy/nginx/site.conf, with
 * Debian's nginx and its brotli modules), on loopback only: serves a built
 * site as a deploy lays it out (current → a release holding the base path's
 * folder), then runs wrk for a bounded time against a detail page, a Pagefind
 * chunk and a feed, asking for brotli and gzip like a browser. Prints
 * requests per second, p99 latency and errors per URL and writes
 * tmp/bench/serve.json. A benchmark, not a test: it exits 1 only when a
 * request failed. wrk and nginx share the machine's cores.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TYPE_NAMES as ENTRY_TYPES } from '../src/entry-types/index.ts';
import { SHIPPED, testConfig } from '../tests/e2e/nginx.ts';
import { fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import { table } from './lib/measure.ts';
import { parseWrk, type WrkResult } from './lib/wrk.ts';

const HELP = `Usage: npm run bench:serve -- [options]

Serves a built site with Debian's nginx and deploy/nginx/site.conf on
127.0.0.1 and measures it with wrk: a detail page, a Pagefind chunk and a
feed, each for a bounded time. Needs nginx and wrk (apt-get install nginx
libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static wrk).

Options:
  --site DIR         built site (default dist; tmp/bench/site-10000 after npm run bench -- --entries 10000 --keep)
  --connections N    concurrent connections (default 200)
  --seconds S        duration per URL (default 20, at most 120)
  -h, --help         show this help`;

const { values } = parseCommandLine(
	{
		site: { type: 'string', default: 'dist' },
		connections: { type: 'string', default: '200' },
		seconds: { type: 'string', default: '20' },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'bench:serve',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const connections = Number(values.connections);
const seconds = Number(values.seconds);
if (!Number.isInteger(connections) || connections < 1 || connections > 2000)
	fail(`--connections must be a whole number from 1 to 2000, got ${values.connections}`, USAGE_ERROR);
if (!Number.isInteger(seconds) || seconds < 1 || seconds > 120) fail(`--seconds must be a whole number from 1 to 120, got ${values.seconds}`, USAGE_ERROR);
const site = resolve(values.site);
if (!existsSync(join(site, 'index.html'))) fail(`${values.site} is not a built site (no index.html): run npm run build, or give --site`);
for (const tool of ['/usr/sbin/nginx', '/usr/bin/wrk']) if (!existsSync(tool)) fail(`${tool} is missing: apt-get install nginx wrk`);

/** The first file in `dir` (sorted) matching `pattern`, relative to the site. */
function first(dir: string, pattern: RegExp): string {
	const name = existsSync(join(site, dir))
		? readdirSync(join(site, dir))
				.sort()
				.find((file) => pattern.test(file))
		: undefined;
	if (!name) fail(`${values.site}/${dir} has no file like ${pattern}`);
	return `${dir}/${name}`;
}
const detail = `${first(ENTRY_TYPES[0]!, /^[^.]+$/)}/`;
const targets = [
	{ name: 'detail page', path: detail },
	{ name: 'Pagefind chunk', path: first('pagefind/index', /\.pf_index$/) },
	{ name: 'feed', path: 'feeds/all.rss' },
];

const port = await new Promise<number>((done) => {
	const server = createServer().listen(0, '127.0.0.1', () => {
		const address = server.address() as { port: number };
		server.close(() => done(address.port));
	});
});
const work = mkdtempSync(join(tmpdir(), 'bench-serve-'));
chmodSync(work, 0o755);
const root = join(work, 'www');
mkdirSync(join(root, 'release'), { recursive: true });
symlinkSync(site, join(root, 'release', SHIPPED.base.replace(/^\/|\/$/g, '')));
symlinkSync('release', join(root, SHIPPED.current));
// Debian's nginx.conf: a worker per core, sendfile; site.conf as shipped.
writeFileSync(join(work, 'nginx.conf'), testConfig(work, root, port, { workers: 'auto', connections: 4096, sendfile: true }));
const nginx = spawn('/usr/sbin/nginx', ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
const origin = `http://127.0.0.1:${port}${SHIPPED.base}`;

try {
	for (
		let tries = 0;
		(await fetch(origin).then(
			(response) => response.status,
			() => 0,
		)) !== 200;
		tries++
	) {
		if (tries > 100) throw new Error('nginx did not start');
		await new Promise((done) => setTimeout(done, 50));
	}
	const results: (WrkResult & { name: string; path: string; encoding: string; bytes: number })[] = [];
	for (const { name, path } of targets) {
		const probe = await fetch(`${origin}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
		const encoding = probe.headers.get('content-encoding') ?? 'identity';
		const bytes = Number(probe.headers.get('content-length') ?? 0);
		if (probe.status !== 200) throw new Error(`${path}: status ${probe.status}`);
		console.log(`wrk: ${name} (${path}), ${connections} connections, ${seconds} s…`);
		const wrk = spawnSync(
			'/usr/bin/wrk',
			[
				'-t',
				String(Math.min(2, availableParallelism())),
				'-c',
				String(connections),
				'-d',
				`${seconds}s`,
				'--timeout',
				'5s',
				'--latency',
				'-H',
				'Accept-Encoding: br, gzip',
				`${origin}${path}`,
			],
			{ encoding: 'utf8', timeout: (seconds + 30) * 1000 },
		);
		if (wrk.status !== 0) throw new Error(`wrk failed: ${wrk.stderr || wrk.stdout}`);
		results.push({ name, path, encoding, bytes, ...parseWrk(wrk.stdout) });
	}
	console.log(
		`\nnginx (${SHIPPED.base}, site ${values.site}), ${connections} connections, ${seconds} s per URL, load ${loadavg()[0]!.toFixed(1)}, ${availableParallelism()} cores shared by nginx and wrk`,
	);
	console.log(
		table([
			['URL', 'served as', 'bytes', 'requests/s', 'p99 latency', 'errors'],
			...results.map((result) => [
				result.name,
				result.encoding,
				String(result.bytes),
				result.requestsPerSecond.toFixed(0),
				`${result.p99Ms.toFixed(2)} ms`,
				String(result.errors),
			]),
		]),
	);
	mkdirSync('tmp/bench', { recursive: true });
	writeFileSync('tmp/bench/serve.json', `${JSON.stringify({ site: values.site, connections, seconds, cores: availableParallelism(), results }, null, 2)}\n`);
	console.log('Wrote tmp/bench/serve.json');
	if (results.some((result) => result.errors > 0)) process.exitCode = 1;
} finally {
	const exited = new Promise((done) => nginx.once('exit', done));
	nginx.kill('SIGQUIT');
	await exited;
	rmSync(work, { recursive: true, force: true });
}
