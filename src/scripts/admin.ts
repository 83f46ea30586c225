/**
 * /admin/'s script: starts Sveltia CMS from the site's own copy of it
 * (src/lib/admin/vendor.ts), with the configuration the build generated, and
 * so that it works with no outside host reachable:
 *
 * 1. it asks the bundle not to start on its own (`CMS_MANUAL_INIT`), which it
 *    would do with a configuration fetched from a fixed place;
 * 2. it hands the bundle the interface strings of the language it will pick
 *    (src/lib/admin/ui-locale.ts), from /admin/, where the bundle would fetch
 *    them from a CDN and, when it cannot, retry until the page hangs;
 * 3. it links the stylesheet declaring the bundle's web fonts from /admin/
 *    (the bundle's own declarations point at a CDN), loads the bundle,
 *    registers the site's stylesheets for the preview pane and starts the
 *    editor with the generated configuration.
 *
 * Only /admin/ loads it; the public pages never do.
 */
import type { CmsConfig } from '@sveltia/cms';
import { BUNDLED_UI_LOCALE, uiLocale } from '../lib/admin/ui-locale.ts';

interface SveltiaApi {
	init: (options: { config: CmsConfig & { load_config_file?: boolean } }) => void;
	registerPreviewStyle: (style: string) => void;
}

declare global {
	interface Window {
		CMS?: SveltiaApi;
		CMS_MANUAL_INIT?: boolean;
	}
}

/** Where Sveltia keeps the strings of its interface language, and its settings (its own names). */
const STRINGS_KEY = 'sveltia-cms.locale';
const PREFS_KEY = 'sveltia-cms.prefs';

const data = document.body.dataset;
const files = new URL(data['sveltiaFiles'] ?? '', location.href);
const version = data['sveltiaVersion'] ?? '';

window.CMS_MANUAL_INIT = true;

/** The stored value of `key`, parsed, or undefined. */
function stored(key: string): Record<string, unknown> | undefined {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null') ?? undefined;
	} catch {
		return undefined;
	}
}

/** Puts the strings of the language the editor will pick where it looks first, unless they are there already. */
async function provideStrings(): Promise<void> {
	const available = (data['uiLocales'] ?? '').split(' ').filter(Boolean);
	const chosen = stored(PREFS_KEY)?.['locale'];
	const locale = uiLocale(navigator.languages?.length ? navigator.languages : [navigator.language], available, typeof chosen === 'string' ? chosen : undefined);
	if (locale === BUNDLED_UI_LOCALE) return;
	const cached = stored(STRINGS_KEY);
	if (cached?.['_locale'] === locale && cached['_version'] === version) return;
	const response = await fetch(new URL(`locales/${locale}.json`, files));
	if (!response.ok) throw new Error(`/admin/: no interface strings for ${locale} (${response.status})`);
	const strings = (await response.json()) as Record<string, unknown>;
	localStorage.setItem(STRINGS_KEY, JSON.stringify({ _locale: locale, _version: version, ...strings }));
}

/** Loads a classic script (the bundle must not be a module) and waits for it. */
function loadScript(src: URL): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src.href;
		script.addEventListener('load', () => resolve());
		script.addEventListener('error', () => reject(new Error(`/admin/: could not load ${src.href}`)));
		document.head.append(script);
	});
}

/** Links the stylesheet declaring the bundle's fonts from the site's copy (icons would otherwise show as words). */
function linkFonts(): void {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = new URL('fonts.css', files).href;
	document.head.append(link);
}

async function start(): Promise<void> {
	linkFonts();
	const [config] = await Promise.all([
		fetch(new URL(data['config'] ?? '', location.href)).then((response) => response.json() as Promise<CmsConfig>),
		// Without them the editor still starts, in English.
		provideStrings().catch((error: unknown) => console.warn(error)),
		loadScript(new URL('sveltia-cms.js', files)),
	]);
	const cms = window.CMS;
	if (!cms) throw new Error('/admin/: the editor did not load');
	if (data['previewStyles']) cms.registerPreviewStyle(new URL(data['previewStyles'], location.href).href);
	cms.init({ config: { ...config, load_config_file: false } });
}

start().catch((error: unknown) => {
	console.error(error);
	const message = document.createElement('p');
	message.textContent = `The content editor could not start: ${error instanceof Error ? error.message : String(error)}`;
	document.body.append(message);
});
