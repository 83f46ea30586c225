/**
 * Serves a built site over HTTP for the end-to-end tests, under a base path,
 * with the site's 404 page for unknown URLs (like a static host would).
 * Usage: node tests/e2e/serve.ts <dir> <port> [base]
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const [dir, port, base = '/'] = process.argv.slice(2);
if (!dir || !port) {
	console.error('usage: node tests/e2e/serve.ts <dir> <port> [base]');
	process.exit(2);
}
const files = sirv(dir, { dev: false, etag: true });
const notFound = () => readFileSync(join(dir, '404.html'));

createServer((req, res) => {
	const url = req.url ?? '/';
	if (!url.startsWith(base)) {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound());
		return;
	}
	req.url = `/${url.slice(base.length)}`;
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound());
	});
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`));
