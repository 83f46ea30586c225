/**
 * npm run deploy -- <target> [options]
 *
 * Publishes the built site (dist/) atomically to a folder nginx serves
 * through its `current` link: a local folder, or `host:path` over rsync and
 * ssh. The build goes to a new release folder beside the live one (files
 * unchanged since the live release are hard links, not copies), the hashed
 * files of the kept releases are linked into it so that readers who loaded a
 * page just before the switch still get its stylesheet and search chunks,
 * then one rename switches `current`. Old releases beyond --keep are removed.
 * `--rollback` switches back to the release before the live one.
 *
 * The steps on the target are the shell scripts of scripts/lib/deploy/commands.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { TYPE_NAMES as ENTRY_TYPES } from '../src/entry-types/index.ts';
import { fail, parseCommandLine, USAGE_ERROR } from './lib/cli.ts';
import {
	ACTIVATE,
	baseFolder,
	INSPECT,
	LOCK,
	onTarget,
	parseInspect,
	PREPARE,
	UNLOCK,
	uploadCommand,
	type Command,
	type TargetState,
} from './lib/deploy/commands.ts';
import { countEntryPages, describeChange, shrinkProblem } from './lib/deploy/entry-pages.ts';
import { DEFAULT_KEEP, isReleaseName, keptReleases, releaseName, releasesToPrune, rollbackTarget } from './lib/deploy/releases.ts';
import { siteBase } from './lib/deploy/site-base.ts';
import { describeTarget, parseTarget, type DeployTarget } from './lib/deploy/target.ts';

const HELP = `Usage: npm run deploy -- <target> [options]
       npm run deploy -- <target> --rollback

Publishes the built site atomically. <target> is a local folder or host:path
(rsync and ssh; the host needs rsync and GNU coreutils). The target holds
releases/<name>/ and a link current -> releases/<name> that nginx serves
(deploy/nginx/site.conf: root <target>/current). A deploy uploads to a new
release, links in the hashed files of the kept releases, then switches
current in one rename; readers never get a page without its assets.

Options:
  --site DIR      the built site to publish (default dist)
  --base PATH     the base path it was built for (default: read from its sitemap-index.xml)
  --keep N        releases to keep, the live one included (default ${DEFAULT_KEEP})
  --force         publish even if the build has over 10 % fewer entry pages than the live release
  --rollback      switch current back to the release deployed before the live one
  --ssh CMD       ssh command for host:path targets (default "ssh"; e.g. "ssh -p 2222")
  --dry-run       print what would be done, change nothing
  -h, --help      show this help

Exits 0 when the new release is live, 1 when it is refused or a step fails
(the live release is then unchanged), 2 on bad usage.`;

const { values, positionals } = parseCommandLine(
	{
		site: { type: 'string', default: 'dist' },
		base: { type: 'string' },
		keep: { type: 'string', default: String(DEFAULT_KEEP) },
		force: { type: 'boolean', default: false },
		rollback: { type: 'boolean', default: false },
		ssh: { type: 'string', default: 'ssh' },
		'dry-run': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
	'deploy',
);
if (values.help) {
	console.log(HELP);
	process.exit(0);
}
if (positionals.length !== 1)
	fail(
		`${positionals.length ? 'Give one target, got ' + positionals.length : 'Give the target: a folder, or host:path'}.\nRun "npm run deploy -- --help" for help.`,
		USAGE_ERROR,
	);
const keep = Number(values.keep);
if (!Number.isInteger(keep) || keep < 2)
	fail(`--keep must be a whole number of at least 2 (the live release and one to roll back to), got ${values.keep}`, USAGE_ERROR);
let target: DeployTarget;
try {
	target = parseTarget(positionals[0]!);
} catch (error) {
	fail(`<target>: ${(error as Error).message}`, USAGE_ERROR);
}
const where = describeTarget(target);
const dryRun = values['dry-run'];

/** Runs a command, failing with its output when it fails; returns its standard output. */
function run(step: string, command: Command): string {
	const result = spawnSync(command.command, command.args, { input: command.input ?? '', encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.error) throw new Error(`${step}: could not run ${command.command}: ${result.error.message}`);
	if (result.status !== 0)
		throw new Error(`${step} failed (${command.command} exit code ${result.status ?? result.signal}): ${result.stderr.trim() || result.stdout.trim()}`);
	return result.stdout;
}

/** Prints a command as it would be typed, for --dry-run. */
const show = (command: Pick<Command, 'command' | 'args'>) =>
	[command.command, ...command.args].map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : JSON.stringify(word))).join(' ');

/** The files of the built site, relative, `/`-separated. */
function siteFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function inspect(folder: string): TargetState {
	return parseInspect(run(`Reading ${where}`, onTarget(target, values.ssh, INSPECT, [target.path, folder, ...ENTRY_TYPES])));
}

/** Copies forward into `name` from the other kept releases, switches current to it, removes `prune`; releases the lock on failure. */
function activate(name: string, folder: string, from: readonly string[], prune: readonly string[]): void {
	const command = onTarget(target, values.ssh, ACTIVATE, [target.path, name, folder, from.join(' '), prune.join(' ')]);
	if (dryRun) return void console.log(`would run on ${where}: ${show(command)} (the ACTIVATE script of scripts/lib/deploy/commands.ts)`);
	try {
		run(`Switching ${where} to ${name}`, command);
	} catch (error) {
		run('Releasing the lock', onTarget(target, values.ssh, UNLOCK, [target.path]));
		throw error;
	}
}

function rollback(): void {
	if (values.base === undefined && !existsSync(join(values.site, 'sitemap-index.xml')))
		fail('--rollback needs the base path: give --base, or keep the built site (its sitemap-index.xml names it)', USAGE_ERROR);
	const folder = baseFolder(values.base ?? siteBase(readFileSync(join(values.site, 'sitemap-index.xml'), 'utf8')));
	const state = inspect(folder);
	if (!state.current) fail(`${where} has no live release (no current link): nothing to roll back`);
	const releases = state.releases.filter(isReleaseName);
	const back = rollbackTarget(releases, state.current);
	if (!back) fail(`${where}: no release older than the live one (${state.current}) is left to roll back to (releases: ${releases.join(', ') || 'none'})`);
	const from = keptReleases(releases, [back, state.current], keep).filter((name) => name !== back);
	const lock = onTarget(target, values.ssh, LOCK, [target.path]);
	if (!dryRun) run(`Locking ${where}`, lock);
	activate(back, folder, from, []);
	console.log(`${dryRun ? 'Would roll' : 'Rolled'} back ${where}: current → releases/${back} (was ${state.current}).`);
}

function deploy(): void {
	const site = resolve(values.site);
	for (const file of ['index.html', '404.html', 'pagefind-browse/pagefind-entry.json', 'sitemap-index.xml']) {
		if (!existsSync(join(site, file))) fail(`${values.site} is not a finished build (no ${file}): run npm run build first, or give --site`);
	}
	const base = values.base ?? siteBase(readFileSync(join(site, 'sitemap-index.xml'), 'utf8'));
	const folder = baseFolder(base);
	const files = siteFiles(site);
	const next = countEntryPages(files, ENTRY_TYPES);
	const state = inspect(folder);
	if (state.currentNotALink) fail(`${where}/current exists but is not a link: move it away (it is not a release this tool made), then deploy again`);
	const live = countEntryPages(state.entries, ENTRY_TYPES);
	const entries = Object.values(next).reduce((sum, n) => sum + n, 0);
	if (entries === 0 && !values.force)
		fail(
			`${values.site} has no entry pages (${ENTRY_TYPES.map((type) => `${type}/<slug>/index.html`).join(', ')}): was it built from the right CONTENT_DIR? Deploy it anyway with --force.`,
		);
	const problem = state.current ? shrinkProblem(live, next) : undefined;
	if (problem && !values.force) fail(`Not deployed: ${problem}`);
	if (problem) console.log(`Deploying despite: ${problem} (--force)`);
	const releases = state.releases.filter(isReleaseName);
	const name = releaseName(new Date(), state.releases);
	const also = state.current ? [name, state.current] : [name];
	const from = keptReleases(releases, also, keep).filter((release) => release !== name);
	const prune = releasesToPrune(releases, also, keep);
	console.log(`Deploying ${values.site} (base ${base}, ${files.length} files) to ${where} as releases/${name}; live: ${state.current ?? 'none'}.`);
	if (state.current) console.log(`Entry pages: ${describeChange(live, next)}.`);
	const prepare = onTarget(target, values.ssh, PREPARE, [target.path, name, folder]);
	const upload = uploadCommand(target, values.ssh, site, name, base, state.current);
	if (dryRun) {
		console.log(`would run on ${where}: ${show(prepare)} (PREPARE)`);
		console.log(`would run: ${show(upload)}`);
	} else {
		run(`Preparing ${where}`, prepare);
		try {
			run(`Uploading to ${where}`, upload);
		} catch (error) {
			run('Releasing the lock', onTarget(target, values.ssh, UNLOCK, [target.path]));
			throw error;
		}
	}
	activate(name, folder, from, prune);
	console.log(
		`${dryRun ? 'Would make' : 'Live:'} ${where}/releases/${name}${from.length ? `; hashed files of ${from.join(', ')} linked in` : ''}${prune.length ? `; removed ${prune.join(', ')}` : ''}.`,
	);
}

try {
	if (values.rollback) rollback();
	else deploy();
} catch (error) {
	fail(`${(error as Error).message}\nThe live release of ${where} is unchanged.`);
}
