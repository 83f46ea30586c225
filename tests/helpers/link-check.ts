/** Internal links and fragments of a built site, checked with linkinator over a local server (nothing else is fetched). */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { check, LinkState } from 'linkinator';
import sirv from 'sirv';

/** The broken internal links of the site in `dir`, served under `base`, and how many links were fine. */
export async function brokenLinks(dir: string, base = '/'): Promise<{ broken: string[]; ok: number }> {
	const files = sirv(dir, { dev: true });
	const notFound = () => readFileSync(join(dir, '404.html'));
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) return void res.writeHead(404, { 'content-type': 'text/html' }).end(notFound());
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => void res.writeHead(404, { 'content-type': 'text/html' }).end(notFound()));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	try {
		const { links } = await check({
			path: `${root}${base}`,
			recurse: true,
			checkFragments: true,
			concurrency: 20,
			// A site in six languages is thousands of pages: on a busy machine a request may wait; a dropped one is asked again.
			timeout: 60_000,
			retryErrors: true,
			retryErrorsCount: 3,
			linksToSkip: async (link) => !link.startsWith(root),
		});
		return {
			broken: links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status ?? ''} ${link.url} (on ${link.parent})`),
			ok: links.filter((link) => link.state === LinkState.OK).length,
		};
	} finally {
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}
