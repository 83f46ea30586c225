/** Where `npm run deploy` publishes: a local folder, or `host:path` reached with rsync and ssh. */

/** A parsed deploy target. */
export type DeployTarget = { kind: 'local'; path: string } | { kind: 'remote'; host: string; path: string };

/**
 * Reads a target as rsync does: `host:path` (or `user@host:path`) when a colon
 * comes before any slash, a local folder otherwise (`./a:b` is local). Throws
 * with what is wrong.
 */
export function parseTarget(text: string): DeployTarget {
	if (text.trim() === '') throw new Error('the target is empty: give a folder, or host:path');
	if (text.startsWith(':')) throw new Error(`"${text}" names no host before the colon: give host:path, or a folder`);
	const colon = text.indexOf(':');
	const slash = text.indexOf('/');
	if (colon > 0 && (slash < 0 || colon < slash)) {
		const host = text.slice(0, colon);
		const path = text.slice(colon + 1);
		if (/\s/.test(host)) throw new Error(`"${host}" is not a host name`);
		if (path === '' || path.startsWith('::'))
			throw new Error(`${text}: give the folder on ${host} after the colon, such as ${host}:/var/www/smuggling-of-migrants-site`);
		return { kind: 'remote', host, path: path.replace(/\/+$/, '') || '/' };
	}
	return { kind: 'local', path: text.replace(/(.)\/+$/, '$1') };
}

/** The target as the user would write it. */
export function describeTarget(target: DeployTarget): string {
	return target.kind === 'local' ? target.path : `${target.host}:${target.path}`;
}
