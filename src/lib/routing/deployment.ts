/**
 * Deployment settings read from the environment, shared by astro.config.mjs
 * and the tests: the public site URL and the base path the site is served under.
 */

/** `SITE_URL`, such as https://www.unodc.org (default http://localhost:4321). */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
	const value = env['SITE_URL'] || 'http://localhost:4321';
	const url = new URL(value);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http(s) URL, got ${value}`);
	return url.origin;
}

/** `BASE_PATH` normalised to `/` or `/sub/path/`. */
export function basePath(env: Record<string, string | undefined> = process.env): string {
	const raw = (env['BASE_PATH'] || '/').trim();
	if (!/^[A-Za-z0-9/_.-]*$/.test(raw)) throw new Error(`BASE_PATH may contain only letters, digits, "/", "_", "." and "-", got ${raw}`);
	const parts = raw.split('/').filter(Boolean);
	return parts.length ? `/${parts.join('/')}/` : '/';
}
