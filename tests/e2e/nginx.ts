/**
 * Runs Debian's nginx with the shipped configuration (deploy/nginx/site.conf)
 * over a built site, for the end-to-end tests: writes a self-contained
 * nginx.conf in a temporary folder (pid, logs and temp files there, listening
 * on 127.0.0.1:<port>, no root needed), links the build in under the base path
 * of a release that its `current` link names, as `npm run deploy` lays a
 * deploy folder out, and runs nginx in the foreground until stopped.
 * Usage: node tests/e2e/nginx.ts <site dir> <port>
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The values site.conf is written for, and what the tests put in their place: `root` is the deploy folder, served through its `current` link. */
export const SHIPPED = { base: '/smuggling-of-migrants/', root: '/var/www/smuggling-of-migrants-site', current: 'current', listen: /^\s*listen .*$/gm };
const MODULES = '/usr/lib/nginx/modules';
const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** Main-context settings: the tests' defaults are small; the load benchmark (npm run bench:serve) uses Debian's (one worker per core, sendfile). */
export interface NginxTuning {
	workers: string;
	connections: number;
	sendfile: boolean;
}

/** A runnable nginx.conf around site.conf, serving `<root>/current` (a deploy folder) on 127.0.0.1:`port`. */
export function testConfig(work: string, root: string, port: number, tuning: NginxTuning = { workers: '1', connections: 256, sendfile: false }): string {
	let site = readFileSync('deploy/nginx/site.conf', 'utf8');
	const shipped = `root ${SHIPPED.root}/${SHIPPED.current};`;
	if (!site.includes(shipped)) throw new Error(`deploy/nginx/site.conf: expected "${shipped}"`);
	site = site
		.replace(shipped, `root ${root}/${SHIPPED.current};`)
		.replace(SHIPPED.listen, '')
		.replace(/^\s*server_name [^;]+;/m, `\tlisten 127.0.0.1:${port};\n\tserver_name 127.0.0.1;`);
	const brotli = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so'].filter((file) => existsSync(join(MODULES, file)));
	if (!brotli.includes('ngx_http_brotli_filter_module.so')) site = site.replace(/^\s*brotli\w* .*$/gm, '');
	else if (!brotli.includes('ngx_http_brotli_static_module.so')) site = site.replace(/^\s*brotli_static .*$/gm, '');
	return [
		...brotli.map((file) => `load_module ${join(MODULES, file)};`),
		`pid ${work}/nginx.pid;`,
		`error_log ${work}/error.log warn;`,
		'daemon off;',
		`worker_processes ${tuning.workers};`,
		`events { worker_connections ${tuning.connections}; }`,
		'http {',
		...(tuning.sendfile ? ['\tsendfile on;', '\ttcp_nopush on;'] : []),
		'\tinclude /etc/nginx/mime.types;',
		'\tdefault_type application/octet-stream;',
		'\taccess_log off;',
		...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${work}/${name}_temp;`),
		site,
		'}',
		'',
	].join('\n');
}

if (import.meta.main) {
	const [dir, port] = process.argv.slice(2);
	if (!dir || !port) {
		console.error('usage: node tests/e2e/nginx.ts <site dir> <port>');
		process.exit(2);
	}
	const work = mkdtempSync(join(tmpdir(), 'nginx-site-'));
	// Worker processes drop root (to nobody) when started as root: they must reach the files.
	chmodSync(work, 0o755);
	// As a deploy lays it out: current → a release holding the base path's folder (here a link to the build).
	const root = join(work, 'www');
	mkdirSync(join(root, 'release'), { recursive: true });
	symlinkSync(resolve(dir), join(root, 'release', SHIPPED.base.replace(/^\/|\/$/g, '')));
	symlinkSync('release', join(root, SHIPPED.current));
	writeFileSync(join(work, 'nginx.conf'), testConfig(work, root, Number(port)));
	const nginx = spawn(NGINX, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
	const stop = () => nginx.kill('SIGQUIT');
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	nginx.on('exit', (code) => {
		rmSync(work, { recursive: true, force: true });
		process.exit(code ?? 0);
	});
	console.log(`nginx serving ${dir} at http://127.0.0.1:${port}${SHIPPED.base}`);
}
