/** The editor's own files, from the installed package (src/lib/admin/vendor.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localFonts, sveltiaPackage, vendorFiles, vendorPath } from '../../../src/lib/admin/vendor.ts';

const pkg = sveltiaPackage();
const bundle = readFileSync(join(pkg.dir, 'dist', 'sveltia-cms.js'), 'utf8');

test('the pinned version is the one installed', () => {
	const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
	expect(dependencies['@sveltia/cms']).toBe(pkg.version);
	expect(vendorPath(pkg.version)).toBe(`/admin/sveltia/${pkg.version}/`);
});

describe('fonts', () => {
	const fonts = localFonts(bundle, pkg.assets);
	test('every web font of the bundle, from the package’s own files', () => {
		expect(fonts.css.match(/font-family:'[^']+'/g)).toEqual([
			"font-family:'Source Sans 3'",
			"font-family:'Noto Mono'",
			"font-family:'Material Symbols Outlined'",
		]);
		expect(fonts.css).not.toContain('jsdelivr');
		expect(fonts.files).toHaveLength(3);
		for (const file of fonts.files) {
			expect(fonts.css).toContain(`url(fonts/${file})`);
			expect(existsSync(join(pkg.dir, 'npm', 'assets', file))).toBe(true);
		}
		// The icons' unicode-range and display are the bundle's.
		expect(fonts.css).toMatch(/Material Symbols Outlined';font-style:normal;font-display:block/);
	});
	test('a font the package lacks stops the build rather than turn icons into words', () => {
		expect(() =>
			localFonts(
				bundle,
				pkg.assets.filter((name) => !name.startsWith('material-symbols')),
			),
		).toThrow(/material-symbols-outlined-latin-wght-normal/);
		expect(() => localFonts('no fonts here', pkg.assets)).toThrow(/no @font-face/);
	});
});

test('the files to copy: bundle, chunk, licences, every interface language, the fonts; all present', () => {
	const files = vendorFiles(pkg, localFonts(bundle, pkg.assets));
	const targets = files.map(([, to]) => to);
	for (const target of [
		'sveltia-cms.js',
		'chunks/react-dom.js',
		'LICENSE.txt',
		'locales/fr.json',
		'locales/zh-CN.json',
		'fonts/material-symbols-outlined.LICENSE.txt',
	])
		expect(targets).toContain(target);
	expect(targets.filter((target) => target.startsWith('locales/'))).toHaveLength(pkg.locales.length);
	for (const [from] of files) expect(existsSync(join(pkg.dir, from)), from).toBe(true);
});
