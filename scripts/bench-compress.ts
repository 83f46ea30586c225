/**
 * npm run bench:compress -- [--site DIR] [--sample N]
 *
 * What each gzip level and brotli quality costs and saves on a built site's
 * files that the build precompresses (scripts/lib/build/precompress.ts):
 * compression time on one core and total compressed size, for choosing the
 * levels the build uses. A benchmark, not a test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import { table } from './lib/measure.ts';
import { worthCompressing } from './lib/build/precompress.ts';

const HELP = `Usage: npm run bench:compress -- [--site DIR] [--sample N]

Compresses the files a build precompresses with gzip levels 1, 6, 9 and brotli
qualities 1, 4, 5, 6, 9, 11, on one core, and prints time and size for each.

Options:
  --site DIR     built site (default dist)
  --sample N     every Nth file only (default 1: all)
  -h, --help     show this help`;

const { values } = parseCommandLine(
	{ site: { type: 'string', default: 'dist' }, sample: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h', default: false } },
	'bench:compress',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
const sample = Number(values.sample);
if (!Number.isInteger(sample) || sample < 1) fail(`--sample must be a positive whole number, got ${values.sample}`, USAGE_ERROR);
const site = resolve(values.site);
const files = readdirSync(site, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name))
	.filter((file) => worthCompressing(relative(site, file), statSync(file).size))
	.filter((_, i) => i % sample === 0);
const data = files.map((file) => readFileSync(file));
const total = data.reduce((sum, bytes) => sum + bytes.length, 0);
const MB = 1024 * 1024;
console.log(`${files.length} files, ${(total / MB).toFixed(1)} MB (${values.site}${sample > 1 ? `, every ${sample}th file` : ''})`);

const methods: [string, (bytes: Buffer) => Buffer][] = [
	...[1, 6, 9].map((level) => [`gzip ${level}`, (bytes: Buffer) => gzipSync(bytes, { level })] as [string, (bytes: Buffer) => Buffer]),
	...[1, 4, 5, 6, 9, 11].map(
		(quality) =>
			[
				`brotli ${quality}`,
				(bytes: Buffer) =>
					brotliCompressSync(bytes, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: quality,
							[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
							[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
						},
					}),
			] as [string, (bytes: Buffer) => Buffer],
	),
];
const rows: string[][] = [['method', 'seconds (1 core)', 'MB/s', 'compressed MB', '% of original']];
for (const [name, compress] of methods) {
	const started = performance.now();
	let size = 0;
	for (const bytes of data) size += compress(bytes).length;
	const seconds = (performance.now() - started) / 1000;
	rows.push([name, seconds.toFixed(2), (total / MB / seconds).toFixed(0), (size / MB).toFixed(2), ((100 * size) / total).toFixed(1)]);
	console.log(rows.at(-1)!.join('  '));
}
console.log(`\n${table(rows)}`);
