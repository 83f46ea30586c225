/**
 * The commands a deploy runs on its target. Every step on the target is a
 * short POSIX shell script, run with `sh -s` by the same code for both kinds
 * of target: locally for a folder, through ssh for `host:path`; the files go
 * with rsync either way. So the end-to-end test of a local folder runs the
 * very scripts a remote deploy runs, and only the transport differs (its
 * command lines are tested as units).
 *
 * Layout of a target folder T:
 *   T/releases/<name>/<base>/…   one complete build per release
 *   T/releases/<name>.hashed     the release's own hashed files (hashed-files.ts)
 *   T/current -> releases/<name> the live release, switched in one rename
 *   T/.deploy-lock/              while a deploy or rollback runs
 */
import type { DeployTarget } from './target.ts';
import { FIND_PATTERNS } from './hashed-files.ts';

/** A command to run: program, arguments and what goes to its standard input. */
export interface Command {
	command: string;
	args: string[];
	input?: string;
}

/** Quotes a word for a POSIX shell (ssh joins the remote command's words into one line). */
export function shellQuote(word: string): string {
	return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The ssh command split into words (`--ssh "ssh -p 2222"`). */
export function sshWords(ssh: string): string[] {
	const words = ssh.trim().split(/\s+/).filter(Boolean);
	if (!words.length) throw new Error('--ssh is empty');
	return words;
}

/** `script` run with `args` on the target: `sh -s` locally, or through ssh. */
export function onTarget(target: DeployTarget, ssh: string, script: string, args: readonly string[]): Command {
	if (target.kind === 'local') return { command: 'sh', args: ['-s', '--', ...args], input: script };
	const [program, ...options] = sshWords(ssh);
	return { command: program!, args: [...options, '--', target.host, `sh -s -- ${args.map(shellQuote).join(' ')}`], input: script };
}

/** The folder (relative to a release) that holds the base path's files: `smuggling-of-migrants`, or `.` for a site at the root. */
export function baseFolder(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed === '' ? '.' : trimmed;
}

/**
 * rsync of the built site into the new release's folder, sharing (hard
 * links on the target) every file that is the same in the live release.
 */
export function uploadCommand(target: DeployTarget, ssh: string, site: string, name: string, base: string, live: string | undefined): Command {
	const folder = baseFolder(base);
	const destination = `${target.path}/releases/${name}.partial/${folder === '.' ? '' : `${folder}/`}`;
	// --link-dest is relative to the destination folder: up past the base path's folders and the release.
	const depth = folder === '.' ? 1 : folder.split('/').length + 1;
	const linkDest = live ? [`--link-dest=${'../'.repeat(depth)}${live}/${folder === '.' ? '' : `${folder}/`}`] : [];
	const remote = target.kind === 'remote';
	return {
		command: 'rsync',
		args: [
			'-a',
			...(remote ? ['-e', ssh, '--compress'] : []),
			...linkDest,
			'--',
			`${site.replace(/\/+$/, '')}/`,
			remote ? `${target.host}:${destination}` : destination,
		],
	};
}

/** Lists what the target holds: `current <name>`, `release <name>` lines, and `entry <path>` for each entry page of the live release, in every language. Args: T, base folder, entry types. */
export const INSPECT = `set -eu
T=$1; B=$2; shift 2
[ -d "$T" ] || exit 0
cd "$T"
if [ -L current ]; then
	c=$(readlink current)
	echo "current \${c#releases/}"
	for t in "$@"; do
		# Each language's entry pages too, under its two- or three-letter prefix.
		for f in current/"$B"/"$t"/*/index.html current/"$B"/[a-z][a-z]/"$t"/*/index.html current/"$B"/[a-z][a-z][a-z]/"$t"/*/index.html; do
			[ -f "$f" ] && echo "entry \${f#current/"$B"/}"
		done
	done
elif [ -e current ]; then
	echo "current-not-a-link"
fi
if [ -d releases ]; then
	for r in releases/*; do
		[ -d "$r" ] && echo "release \${r#releases/}"
	done
fi
exit 0
`;

/** Takes the target's lock (a folder: mkdir is atomic), or fails naming it. Expects T set. */
const TAKE_LOCK = `mkdir -p "$T"
if ! mkdir "$T/.deploy-lock" 2>/dev/null; then
	echo "$T/.deploy-lock exists: another deploy is running, or one was stopped (then remove that folder)." >&2
	exit 3
fi
`;

/** Takes the lock before a rollback. Args: T. */
export const LOCK = `set -eu
T=$1
${TAKE_LOCK}`;

/** Takes the lock and makes the new release's folder, removing what stopped uploads left. Args: T, release name, base folder. */
export const PREPARE = `set -eu
T=$1; N=$2; B=$3
${TAKE_LOCK}mkdir -p "$T/releases"
cd "$T"
for p in releases/*.partial; do
	[ -e "$p" ] && rm -rf "$p"
done
mkdir -p "releases/$N.partial/$B"
`;

/** Releases the lock after a failed step. Args: T. */
export const UNLOCK = `set -eu
rmdir "$1/.deploy-lock" 2>/dev/null || true
`;

const findHashed = FIND_PATTERNS.map((pattern) => `-path './${pattern}'`).join(' -o ');

/**
 * Completes a release and switches `current` to it: a just uploaded release
 * records its own hashed files, then gets the hashed files of the other kept
 * releases it lacks (hard links), so that a reader who loaded a page or a
 * search entry file just before the switch still gets what it names; then
 * one rename switches `current`, old releases are removed and the lock
 * released. Args: T, release name, base folder, releases to copy from,
 * releases to remove (space-separated names).
 */
export const ACTIVATE = `set -eu
T=$1; N=$2; B=$3; FROM=$4; PRUNE=$5
cd "$T"
if [ -d "releases/$N.partial" ]; then
	(cd "releases/$N.partial/$B" && find . -type f \\( ${findHashed} \\) | sed 's|^\\./||') > "releases/$N.hashed.tmp"
	mv "releases/$N.hashed.tmp" "releases/$N.hashed"
	mv "releases/$N.partial" "releases/$N"
fi
if [ ! -f "releases/$N/$B/index.html" ]; then
	echo "$T/releases/$N/$B/index.html is missing: current is unchanged." >&2
	exit 1
fi
for r in $FROM; do
	if [ -f "releases/$r.hashed" ] && [ -d "releases/$r/$B" ]; then
		rsync -a --ignore-existing --files-from="releases/$r.hashed" --link-dest="$PWD/releases/$r/$B/" "releases/$r/$B/" "releases/$N/$B/"
	fi
done
ln -s "releases/$N" ".current.$$"
mv -Tf ".current.$$" current
for r in $PRUNE; do
	rm -rf "releases/$r" "releases/$r.hashed"
done
rmdir .deploy-lock
`;

/** What INSPECT printed. */
export interface TargetState {
	/** The live release, if `current` is a link. */
	current?: string;
	/** True when `current` exists but is no link (a folder copied there by hand). */
	currentNotALink: boolean;
	/** Names in releases/ (folders; partial uploads included, filtered by the caller). */
	releases: string[];
	/** Entry pages of the live release, relative to its base folder. */
	entries: string[];
}

/** Parses INSPECT's output. */
export function parseInspect(output: string): TargetState {
	const state: TargetState = { currentNotALink: false, releases: [], entries: [] };
	for (const line of output.split('\n')) {
		if (line.startsWith('current ')) state.current = line.slice('current '.length);
		else if (line === 'current-not-a-link') state.currentNotALink = true;
		else if (line.startsWith('release ')) state.releases.push(line.slice('release '.length));
		else if (line.startsWith('entry ')) state.entries.push(line.slice('entry '.length));
	}
	return state;
}
