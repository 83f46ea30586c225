/**
 * Which link targets entries may use, and which leave the site. A URL is
 * accepted only when the way it is written is how browsers read it:
 * `https:\\evil.example`, `https:/evil.example` and `https:evil.example` all
 * parse as https://evil.example/ (browsers mend the slashes), so a link that
 * looks like a site path would go to another host; `https://www.unodc.org@evil.example/`
 * goes to evil.example. The same rules judge front matter (refused) and bodies
 * (the sanitised HTML drops the attribute, and the editor is told).
 */

/** Where a URL is used: a link (`href`) or an image (`src`), in front matter or in a body. */
export interface UrlUse {
	/** Images load inside the page: the site's Content-Security-Policy allows only its own and https:// images. */
	image?: boolean;
	/** Bodies may also link with mailto: and tel:, and use relative URLs (`#notes`, `annex.pdf`). */
	body?: boolean;
	/** A file next to the entry (`./photo.jpg`) may be named by a relative path, which must not climb out of the entry's folder. */
	relative?: boolean;
}

/** Why `url` is refused for `use`, as the end of a sentence, or undefined when it is accepted. */
export function urlProblem(url: string, use: UrlUse = {}): string | undefined {
	if (!url) return 'is empty: write the address';
	if (/[\u0000-\u0020\u007f]/.test(url)) return 'contains spaces or control characters: write %20 for a space, and remove the others';
	if (url.includes('\\')) return 'contains a backslash (\\): browsers read it as a slash, so the link would go somewhere else; write forward slashes';
	if (url.startsWith('//')) return 'starts with // (no https:): write the full address, https://…';
	if (url.startsWith('/')) return undefined;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
	if (scheme === undefined) {
		if (use.relative)
			return url.split('/').includes('..')
				? "climbs out of the entry's folder (..): put the photo next to the entry, or in the media folder (/media/…)"
				: undefined;
		return use.body ? undefined : 'is not an http:// or https:// URL, nor a site path starting with /';
	}
	if (scheme === 'http' || scheme === 'https') {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			return 'is not a valid address: check it';
		}
		if (!/^https?:\/\/[^/?#]/i.test(url)) return `must start with ${scheme}:// and the host name (browsers would read it as ${parsed.href})`;
		if (parsed.username || parsed.password) return `has a user name before @ (browsers would go to ${parsed.host}): remove the part before @`;
		if (use.image && scheme === 'http')
			return "is an http:// image, which the site's security policy blocks (readers would see a broken image): use its https:// address";
		return undefined;
	}
	if (use.body && !use.image && (scheme === 'mailto' || scheme === 'tel')) return undefined;
	return use.image
		? 'is not allowed: use an https:// URL or a site path starting with /'
		: `is not allowed: use an http:// or https:// URL, or a site path starting with /${use.body ? ' (or mailto: and tel:)' : ''}`;
}

/** True for `http(s)://host…` URLs and site-relative paths (`/…`, not `//…`); false for `javascript:`, `data:`, mended slashes and the rest. */
export function isSafeUrl(url: string): boolean {
	return urlProblem(url) === undefined;
}

/** True for links that leave the site. */
export function isExternalUrl(url: string): boolean {
	return /^https?:\/\//i.test(url);
}
