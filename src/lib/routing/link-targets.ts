/** Which link targets entries may use, and which leave the site. */

/** True for `http(s)://…` URLs and site-relative paths (`/…`, not `//…`); false for `javascript:`, `data:` and the rest. */
export function isSafeUrl(url: string): boolean {
	if (/[\u0000-\u001f\u007f\s]/.test(url)) return false;
	if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
	try {
		const { protocol } = new URL(url);
		return protocol === 'http:' || protocol === 'https:';
	} catch {
		return false;
	}
}

/** True for links that leave the site. */
export function isExternalUrl(url: string): boolean {
	return /^https?:\/\//i.test(url);
}
