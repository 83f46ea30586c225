/**
 * The editor's own files, copied from the installed @sveltia/cms package
 * into the build at every `npm run build` (src/integrations/admin.ts), so
 * /admin/ never loads the editor from a CDN and an upgrade is `npm i`:
 * the standalone bundle and the chunk it loads next to itself, its
 * interface strings (one file per language), its three web fonts with a
 * stylesheet declaring them, and the licences. They live under a folder
 * named after the version (`admin/sveltia/<version>/`), so they can be cached
 * for good and a new version never meets an old one in a browser's cache.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EDITOR_PATH } from './paths.ts';

/** The installed package: its folder, version, interface languages and the files of `npm/assets/`. */
export interface SveltiaPackage {
	dir: string;
	version: string;
	/** Interface languages it ships strings for (`locales/<code>.json`), in the package's order. */
	locales: string[];
	/** File names in `npm/assets/` (fonts among them). */
	assets: string[];
}

/** Reads the installed @sveltia/cms (resolved from `root`, the project folder). */
export function sveltiaPackage(root: string = process.cwd()): SveltiaPackage {
	// The package exports only its entry point (npm/index.js): its folder is two levels up.
	const dir = dirname(dirname(createRequire(join(root, 'package.json')).resolve('@sveltia/cms')));
	const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
	const locales = readdirSync(join(dir, 'locales'))
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.slice(0, -'.json'.length))
		.sort();
	return { dir, version, locales, assets: readdirSync(join(dir, 'npm', 'assets')).sort() };
}

/** Site path (under the base) of a version's files. */
export function vendorPath(version: string): string {
	return `${EDITOR_PATH}sveltia/${version}/`;
}

/** The web fonts of the bundle as a stylesheet of our own, and the font files it names (from `npm/assets/`). */
export interface LocalFonts {
	css: string;
	files: string[];
}

/**
 * The bundle declares its fonts with `@font-face` rules pointing at
 * jsDelivr (`…/fontsource/fonts/<family>[:vf]@<version>/<variant>.woff2`);
 * the npm package ships the same files as `npm/assets/<family>-<variant>-<hash>.woff2`.
 * This copies those rules, each pointing at the local file, so the browser
 * falls back to the site's copy when the CDN is refused. Throws when a rule
 * has no local file (a new version changed its fonts): icons would show as words.
 */
export function localFonts(bundle: string, assets: readonly string[]): LocalFonts {
	const rules = bundle.match(/@font-face\s*\{[^}]*\}/g) ?? [];
	const files: string[] = [];
	const css = rules
		.map((rule) => {
			const url = /url\((https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([\w-]+)(?::vf)?@[\d.]+\/([\w-]+)\.woff2)\)/.exec(rule);
			if (!url) throw new Error(`@sveltia/cms: a @font-face rule of the bundle does not load a fontsource font: ${rule.slice(0, 120)}`);
			const [, remote, family, variant] = url as unknown as [string, string, string, string];
			const file = assets.find((name) => name.startsWith(`${family}-${variant}-`) && name.endsWith('.woff2'));
			if (!file) throw new Error(`@sveltia/cms: no npm/assets/${family}-${variant}-*.woff2 for ${remote}`);
			files.push(file);
			return rule.replace(remote, `fonts/${file}`).replace(/\s+/g, ' ');
		})
		// The bundle repeats each rule once per component using it.
		.filter((rule, index, all) => all.indexOf(rule) === index);
	if (!css.length) throw new Error('@sveltia/cms: found no @font-face rule in the bundle');
	return {
		css: `/* The web fonts of Sveltia CMS, from the site's copy of its npm package (src/lib/admin/vendor.ts). */\n${css.join('\n')}\n`,
		files: [...new Set(files)],
	};
}

/** Files to copy from the package folder into the version's folder: `[from, to]`, both relative. */
export function vendorFiles(pkg: Pick<SveltiaPackage, 'locales' | 'assets'>, fonts: LocalFonts): [string, string][] {
	// Each font's licence (`<family>.LICENSE.txt`) goes with it.
	const licences = pkg.assets.filter(
		(name) => name.endsWith('.LICENSE.txt') && fonts.files.some((file) => file.startsWith(`${name.slice(0, -'.LICENSE.txt'.length)}-`)),
	);
	return [
		['dist/sveltia-cms.js', 'sveltia-cms.js'],
		// Loaded next to the bundle for React-based features; from a CDN when missing.
		['dist/chunks/react-dom.js', 'chunks/react-dom.js'],
		['LICENSE.txt', 'LICENSE.txt'],
		...pkg.locales.map((code): [string, string] => [`locales/${code}.json`, `locales/${code}.json`]),
		...[...fonts.files, ...licences].map((file): [string, string] => [`npm/assets/${file}`, `fonts/${file}`]),
	];
}
