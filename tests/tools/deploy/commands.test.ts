/**
 * The commands a deploy runs: the same shell scripts locally (`sh -s`) and on
 * a host (through ssh, arguments quoted for its shell), rsync into the new
 * release sharing unchanged files with the live one. The local path is run
 * end to end by tests/tools/deploy-nginx.test.ts; here, what a remote deploy
 * would run, and the scripts' syntax.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import {
	ACTIVATE,
	baseFolder,
	INSPECT,
	LOCK,
	onTarget,
	parseInspect,
	PREPARE,
	shellQuote,
	uploadCommand,
	UNLOCK,
} from '../../../scripts/lib/deploy/commands.ts';

const remote = { kind: 'remote', host: 'deploy@web1', path: '/var/www/smuggling-of-migrants-site' } as const;
const local = { kind: 'local', path: '/srv/site' } as const;

test('shellQuote leaves plain words and quotes the rest', () => {
	expect(shellQuote('/var/www/a-b_c.d')).toBe('/var/www/a-b_c.d');
	expect(shellQuote('')).toBe("''");
	expect(shellQuote('news events')).toBe("'news events'");
	expect(shellQuote("it's; rm -rf /")).toBe("'it'\\''s; rm -rf /'");
	// What a shell makes of the quoted words is the words.
	const words = ['a b', "it's", '$HOME', '`x`', ''];
	const echoed = spawnSync('sh', ['-c', `printf '%s\\n' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' }).stdout;
	expect(echoed).toBe(`${words.join('\n')}\n`);
});

test('onTarget: sh -s locally, ssh host "sh -s -- quoted args" remotely, the script on standard input', () => {
	expect(onTarget(local, 'ssh', 'echo', ['/srv/site', 'a b'])).toEqual({ command: 'sh', args: ['-s', '--', '/srv/site', 'a b'], input: 'echo' });
	expect(onTarget(remote, 'ssh -p 2222 -i key', 'echo', [remote.path, 'news events', ''])).toEqual({
		command: 'ssh',
		args: ['-p', '2222', '-i', 'key', '--', 'deploy@web1', "sh -s -- /var/www/smuggling-of-migrants-site 'news events' ''"],
		input: 'echo',
	});
});

test('baseFolder: the base path as a folder of the release', () => {
	expect(baseFolder('/smuggling-of-migrants/')).toBe('smuggling-of-migrants');
	expect(baseFolder('/a/b/')).toBe('a/b');
	expect(baseFolder('/')).toBe('.');
});

test('uploadCommand: rsync into releases/<name>.partial, hard-linking what the live release has', () => {
	expect(uploadCommand(remote, 'ssh -p 2222', 'dist/', 'R2', '/smuggling-of-migrants/', 'R1')).toEqual({
		command: 'rsync',
		args: [
			'-a',
			'-e',
			'ssh -p 2222',
			'--compress',
			'--link-dest=../../R1/smuggling-of-migrants/',
			'--',
			'dist/',
			'deploy@web1:/var/www/smuggling-of-migrants-site/releases/R2.partial/smuggling-of-migrants/',
		],
	});
	expect(uploadCommand(local, 'ssh', '/p/dist', 'R2', '/', undefined)).toEqual({
		command: 'rsync',
		args: ['-a', '--', '/p/dist/', '/srv/site/releases/R2.partial/'],
	});
	expect(uploadCommand(local, 'ssh', '/p/dist', 'R2', '/a/b/', 'R1').args).toContain('--link-dest=../../../R1/a/b/');
});

test('the target scripts are valid POSIX shell', () => {
	for (const script of [INSPECT, LOCK, PREPARE, UNLOCK, ACTIVATE]) {
		const result = spawnSync('sh', ['-n'], { input: script, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	}
});

test('the lock: a second PREPARE fails naming it, UNLOCK releases it', () => {
	const dir = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
	const run = (script: string, args: string[]) => spawnSync('sh', ['-s', '--', ...args], { input: script, encoding: 'utf8' });
	expect(run(PREPARE, [dir, 'R1', 'site']).status).toBe(0);
	const second = run(PREPARE, [dir, 'R2', 'site']);
	expect(second.status).toBe(3);
	expect(second.stderr).toContain(`${dir}/.deploy-lock exists: another deploy is running`);
	expect(run(LOCK, [dir]).status).toBe(3);
	expect(run(UNLOCK, [dir]).status).toBe(0);
	expect(run(LOCK, [dir]).status).toBe(0);
	spawnSync('rm', ['-rf', dir]);
});

test('parseInspect', () => {
	expect(parseInspect('current R2\nentry news/a/index.html\nrelease R1\nrelease R2\nrelease R3.partial\n')).toEqual({
		current: 'R2',
		currentNotALink: false,
		releases: ['R1', 'R2', 'R3.partial'],
		entries: ['news/a/index.html'],
	});
	expect(parseInspect('current-not-a-link\n')).toEqual({ currentNotALink: true, releases: [], entries: [] });
});
