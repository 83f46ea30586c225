/**
 * Which interface language Sveltia CMS will pick, so that /admin/'s script
 * can hand it that language's strings from the site's own copy first. The
 * standalone bundle fetches every language but US English from a public CDN,
 * and when that fails (offline, or refused by the Content Security Policy)
 * version 0.221.1 retries without pause until the page hangs. This mirrors
 * its choice (`getLocaleFromNavigator` and `negotiateLocale` of
 * @sveltia/i18n, `getStoredLocale` of the CMS): a language chosen in the
 * editor's settings, else the browser's languages negotiated in order.
 */

/** The language bundled in the script itself: no strings to hand over. */
export const BUNDLED_UI_LOCALE = 'en-US';

interface ParsedTag {
	language: string;
	script: string | undefined;
	region: string | undefined;
	preferredRegion: string | undefined;
	anyScript: boolean;
}

function parseTag(tag: string): ParsedTag | undefined {
	try {
		const parsed = new Intl.Locale(tag);
		const { language, script, region } = parsed;
		const maximized = script && region ? undefined : parsed.maximize();
		return { language, script: script ?? maximized?.script, region, preferredRegion: region ?? maximized?.region, anyScript: !script && !region };
	} catch {
		return undefined;
	}
}

/** The available locale best matching `requested`: the same language in the same script, the likeliest region first; `requested` itself when none. */
export function negotiateLocale(requested: string, available: readonly string[]): string {
	if (!requested || !available.length || available.includes(requested)) return requested;
	const request = parseTag(requested);
	if (!request) return requested;
	const candidates = available.filter((code) => {
		const parsed = parseTag(code);
		return !!parsed && parsed.language === request.language && (request.anyScript || parsed.script === request.script);
	});
	if (candidates.length < 2) return candidates[0] ?? requested;
	const byRegion = (region: string | undefined) => (region ? candidates.find((code) => parseTag(code)?.region === region) : undefined);
	return byRegion(request.preferredRegion) ?? byRegion(parseTag(request.language)?.preferredRegion) ?? candidates[0]!;
}

/**
 * The editor's interface language: `stored` (the language chosen in its
 * settings) when it is available, else the first of the browser's
 * `preferred` languages that negotiates to an available one, else US English.
 * `available` lists the bundled language first, then the others as the
 * package names them (its `locales/` folder, in order).
 */
export function uiLocale(preferred: readonly string[], available: readonly string[], stored?: string): string {
	if (stored && available.includes(stored)) return stored;
	return preferred.map((tag) => negotiateLocale(tag, available)).find((code) => available.includes(code)) ?? BUNDLED_UI_LOCALE;
}
