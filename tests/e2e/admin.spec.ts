/**
 * The browser editor (/admin/) end to end, offline, in Chromium, on the
 * built launch site served by nginx with its real headers: in local-repository
 * mode over a private folder holding a copy of the launch content, an editor
 * creates a news entry and edits a publication through the real interface;
 * the files it wrote pass `npm run check:content` and build. Also: what it
 * refuses to save, the slugs it makes, the preview's stylesheet, a
 * non-English browser, a translation, and the headers of /admin/.
 *
 * EDITOR_SCREENSHOTS=<folder> also saves the screenshots of docs/editing.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const { describe } = test;
import { ADMIN_HEADER_POLICY, HEADER_POLICY } from '../../src/lib/head/csp.ts';
import { slugify } from '../../src/lib/routing/slugs.ts';
import {
	choose,
	editPane,
	EXPECTED_REFUSALS,
	fieldGroup,
	launchRepository,
	offline,
	openLocalRepository,
	PDF,
	policyRefusals,
	readRepository,
	save,
	switchLocale,
} from './editor.ts';

test.setTimeout(240_000);
test.use({ viewport: { width: 1280, height: 860 }, locale: 'en-US' });

const SHOTS = process.env['EDITOR_SCREENSHOTS'];
/** Saves a screenshot for docs/editing.md when EDITOR_SCREENSHOTS names a folder. */
async function shot(page: Page, name: string): Promise<void> {
	if (!SHOTS) return;
	mkdirSync(SHOTS, { recursive: true });
	await page.screenshot({ path: join(SHOTS, `editing-${name}.png`) });
}

/** The collection's New button (named Create New Entry). */
const newEntry = (page: Page) => page.getByRole('button', { name: /^(Create New Entry|New)$/ });

/** The content files of the editor's folder (`files`, as readRepository reads them) written to a new folder, which `use` gets; removed afterwards. */
function withContent<T>(files: Record<string, { text?: string; base64?: string }>, use: (work: string) => T): T {
	const work = mkdtempSync(join(tmpdir(), 'editor-e2e-'));
	try {
		for (const [path, file] of Object.entries(files)) {
			if (!path.startsWith('content/')) continue;
			mkdirSync(dirname(join(work, path)), { recursive: true });
			writeFileSync(join(work, path), file.text ?? Buffer.from(file.base64!, 'base64'));
		}
		return use(work);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** What `npm run check:content` says of a content folder. */
const checkContent = (contentDir: string) => execFileSync(process.execPath, ['scripts/check-content.ts', contentDir], { encoding: 'utf8' });

/** Lists the news entries once signed in (the first collection). */
async function signedIn(page: Page): Promise<void> {
	await expect(newEntry(page)).toBeVisible({ timeout: 30_000 });
}

test('an editor creates a news entry and edits a publication; the files pass check:content and build', async ({ page, context }) => {
	const network = await offline(context);
	const refusals = policyRefusals(page);
	const seed = launchRepository();
	await openLocalRepository(page, seed);
	await signedIn(page);
	// The icons are the site's copy of the font, not words.
	await expect
		.poll(() => page.evaluate(() => [...document.fonts].some((face) => face.family.includes('Material Symbols Outlined') && face.status === 'loaded')))
		.toBe(true);
	await shot(page, 'list');

	// A news item, typed in.
	const title = 'Réunion régionale à Dakar : coopération contre le trafic';
	await newEntry(page).click();
	const pane = editPane(page);
	await pane.getByRole('textbox', { name: 'Title' }).fill(title);
	const date = pane.getByRole('textbox', { name: 'Date', exact: true });
	await date.click();
	await page.keyboard.type('03152026');
	await expect(date).toHaveValue('2026-03-15');
	await pane.getByRole('textbox', { name: 'Dateline' }).fill('Dakar (Senegal)');
	await pane.getByRole('textbox', { name: 'Summary' }).fill('Officials from twelve countries met in Dakar.');
	await choose(page, pane.getByRole('combobox', { name: 'Topics' }), 'Smuggling by sea');
	await choose(page, pane.getByRole('combobox', { name: 'Regions' }), 'Africa');
	await pane.getByRole('button', { name: /^Add .link.$/ }).click();
	const link = fieldGroup(pane, 'Links');
	await link.getByRole('textbox', { name: 'Link text' }).fill('Read the statement');
	await fieldGroup(link, 'Address').getByRole('button', { name: 'Browse' }).click();
	const dialog = page.getByRole('dialog', { name: 'Select File' });
	await dialog.getByRole('option', { name: 'Enter URL' }).click();
	await dialog.getByRole('textbox').last().fill('https://www.unodc.org/statement.html');
	await dialog.getByRole('button', { name: 'Insert' }).click();
	await pane.getByRole('textbox', { name: 'Text', exact: true }).click();
	await page.keyboard.type('Officials met to coordinate **joint investigations**.');
	await page.keyboard.press('Enter');
	await page.keyboard.type('A second paragraph.');
	// The slug is the site's (slugify) for this title, shown in the Slug panel before the first save.
	await page.getByRole('radio', { name: 'Slug' }).click();
	await expect(page.getByRole('group', { name: 'Slug', exact: true })).toContainText(slugify(title));
	await shot(page, 'new-entry');
	await save(page);
	// Saving goes back to the list.
	await signedIn(page);

	// A publication: a file uploaded for it, in French.
	await page.goto('admin/#/collections/publications/entries/issue-paper-smuggling-of-migrants-by-sea');
	const publication = editPane(page);
	await expect(publication.getByRole('textbox', { name: 'Title' })).toHaveValue('Issue Paper: Smuggling of Migrants by Sea');
	await choose(page, publication.getByRole('combobox', { name: 'Available in' }), 'French');
	await publication.getByRole('button', { name: /^Add .file.$/ }).click();
	const files = fieldGroup(publication, 'Files');
	const upload = fieldGroup(files, 'File').locator('input[type=file]').first();
	// Over the limit: refused, with the limit.
	await upload.setInputFiles({ name: 'Too big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([PDF, Buffer.alloc(20_000_001)]) });
	await expect(page.getByRole('alertdialog').or(page.getByRole('dialog'))).toContainText(/exceeds the maximum size of .*20.* MB/, { timeout: 30_000 });
	await page.getByRole('button', { name: 'OK' }).click();
	await upload.setInputFiles({ name: 'Issue Paper (French).pdf', mimeType: 'application/pdf', buffer: PDF });
	await choose(page, files.getByRole('combobox', { name: 'Language' }), 'French');
	await files.getByRole('textbox', { name: 'Format' }).fill('PDF');
	await files.getByRole('textbox', { name: 'Size' }).fill('1 KB');
	// The preview pane shows the entry with the site's stylesheets.
	const preview = page.frameLocator('iframe').first();
	await expect(preview.locator('link[rel=stylesheet]')).toHaveAttribute('href', /\/smuggling-of-migrants\/admin\/preview\.css$/);
	await expect(preview.locator('body')).toContainText('Issue Paper: Smuggling of Migrants by Sea');
	const site = await context.newPage();
	await site.goto('publications/issue-paper-smuggling-of-migrants-by-sea/');
	const siteFont = await site.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
	await site.close();
	expect(await preview.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).toBe(siteFont);
	await shot(page, 'publication');
	await save(page);

	// The files, read back out of the browser.
	const after = await readRepository(page);
	const changed = Object.keys(after).filter((path) => !(path in seed) || after[path]?.text !== seed[path]);
	expect(changed.sort()).toEqual([
		'content/news/reunion-regionale-a-dakar-cooperation-contre-le-trafic.md',
		'content/publications/issue-paper-smuggling-of-migrants-by-sea.md',
		'public/media/issue-paper-french.pdf',
	]);
	const news = after['content/news/reunion-regionale-a-dakar-cooperation-contre-le-trafic.md']!.text!;
	expect(news).toMatch(/^---\ntitle: 'Réunion régionale à Dakar : coopération contre le trafic'\n/);
	expect(news).toMatch(/^date: 2026-03-15$/m);
	expect(news).toMatch(/^topics:\n {2}- smuggling-by-sea$/m);
	expect(news).toMatch(/^links:\n {2}- label: Read the statement\n {4}url: https:\/\/www\.unodc\.org\/statement\.html$/m);
	expect(news).toContain('Officials met to coordinate **joint investigations**.\n\nA second paragraph.');
	expect(news).not.toMatch(/: ''$/m);
	const edited = after['content/publications/issue-paper-smuggling-of-migrants-by-sea.md']!.text!;
	expect(edited).toMatch(/^files:\n {2}- url: \/media\/issue-paper-french\.pdf\n {4}lang: fr\n {4}format: PDF\n {4}size: 1 KB$/m);
	expect(edited).toMatch(/^languages:\n {2}- en\n {2}- fr$/m);
	expect(Buffer.from(after['public/media/issue-paper-french.pdf']!.base64!, 'base64')).toEqual(PDF);

	// Checked and built like any content (the launch content's 19 entry files, 4 of them translations, and the new one).
	withContent(after, (work) => {
		expect(checkContent(join(work, 'content'))).toMatch(/✓ 20 entries checked in \d+ ms: no problems/);
		const out = join(work, 'dist');
		execFileSync(process.execPath, ['scripts/build.ts', '--outDir', out, '--silent'], {
			stdio: 'pipe',
			env: {
				...process.env,
				CONTENT_DIR: join(work, 'content'),
				ASTRO_CACHE_DIR: join(work, 'cache'),
				BASE_PATH: '/smuggling-of-migrants/',
				SITE_URL: 'https://www.example.org',
				BUILD_DATE: '2026-11-29',
			},
		});
		const built = readFileSync(join(out, 'news/reunion-regionale-a-dakar-cooperation-contre-le-trafic/index.html'), 'utf8');
		expect(built).toContain('<h1');
		expect(built).toContain('Réunion régionale à Dakar : coopération contre le trafic');
		expect(built).toContain('<time datetime="2026-03-15"');
		expect(readFileSync(join(out, 'publications/issue-paper-smuggling-of-migrants-by-sea/index.html'), 'utf8')).toContain(
			'href="/smuggling-of-migrants/media/issue-paper-french.pdf"',
		);
	});

	// Nothing left the machine; the policy refused only the bundle's update check, status page and CDN fonts.
	expect(network.refused).toEqual([]);
	for (const url of refusals)
		expect(
			EXPECTED_REFUSALS.some((pattern) => pattern.test(url)),
			url,
		).toBe(true);
});

test('a required field left empty cannot be saved', async ({ page, context }) => {
	await offline(context);
	await openLocalRepository(page, launchRepository());
	await signedIn(page);
	await newEntry(page).click();
	await editPane(page).getByRole('textbox', { name: 'Summary' }).fill('A summary but no title or date.');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(fieldGroup(editPane(page), 'Title').getByRole('alert')).toHaveText(/This field is required\./);
	await expect(fieldGroup(editPane(page), 'Date').getByRole('alert')).toHaveText(/This field is required\./);
	await expect(page.getByText(/2 fields have errors/)).toBeVisible();
	await shot(page, 'required');
	expect(page.url()).toMatch(/#\/collections\/news\/new$/);
	expect(Object.keys(await readRepository(page)).filter((path) => path.startsWith('content/news/'))).toHaveLength(4);
});

describe('a date in another format cannot be saved', () => {
	const seed = () => ({ ...launchRepository(), 'content/news/old-date.md': '---\ntitle: Old date\ndate: 07/03/2012\n---\n\nBody.\n' });
	const openOldDate = async (page: Page) => {
		await page.goto('admin/#/collections/news/entries/old-date');
		await editPane(page).getByRole('textbox', { name: 'Title' }).fill('Old date, edited');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
	};

	test('the date widget holds YYYY-MM-DD or nothing, whatever is typed', async ({ page, context }) => {
		await offline(context);
		await openLocalRepository(page, launchRepository());
		await signedIn(page);
		await newEntry(page).click();
		const date = editPane(page).getByRole('textbox', { name: 'Date', exact: true });
		await expect(date).toHaveAttribute('type', 'date');
		await date.click();
		await page.keyboard.type('7 March 2012');
		expect(await date.inputValue()).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
	});

	test.describe('in UTC', () => {
		test.use({ timezoneId: 'UTC' });
		test('a date written otherwise in a file is refused, with the schema’s words', async ({ page, context }) => {
			await offline(context);
			const files = seed();
			await openLocalRepository(page, files);
			await signedIn(page);
			await openOldDate(page);
			await expect(fieldGroup(editPane(page), 'Date').getByRole('alert')).toHaveText(/Write the date as YYYY-MM-DD, for example 2012-03-07/);
			expect((await readRepository(page))['content/news/old-date.md']?.text).toBe(files['content/news/old-date.md']);
		});
	});

	test('in another time zone the widget reads it as month/day and saves YYYY-MM-DD (Sveltia 0.221.1; docs/editing.md)', async ({ page, context }) => {
		await offline(context);
		await openLocalRepository(page, seed());
		await signedIn(page);
		await openOldDate(page);
		await expect(page).toHaveURL(/#\/collections\/news$/, { timeout: 30_000 });
		expect((await readRepository(page))['content/news/old-date.md']?.text).toMatch(/^date: 2012-07-03$/m);
	});
});

test('slugs: the site’s for Latin titles, shown for checking, Latin for other scripts', async ({ page, context }) => {
	await offline(context);
	await openLocalRepository(page, launchRepository());
	await signedIn(page);
	await newEntry(page).click();
	await page.getByRole('radio', { name: 'Slug' }).click();
	const panel = page.getByRole('group', { name: 'Slug', exact: true });
	const title = editPane(page).getByRole('textbox', { name: 'Title' });
	// As tests/unit/admin/slugs.test.ts says: the same as slugify, or the documented difference.
	for (const [typed, expected] of [
		['Issue Paper: Smuggling of Migrants by Sea', slugify('Issue Paper: Smuggling of Migrants by Sea')],
		['São Tomé and Príncipe joins the Protocol', slugify('São Tomé and Príncipe joins the Protocol')],
		['Ways and Means — countering smuggling of migrants', slugify('Ways and Means — countering smuggling of migrants')],
		['UNODC’s regional office', 'unodc-s-regional-office'],
		['Новости недели', 'novosti-nedeli'],
		['UNODC в Москве', 'unodc-v-moskve'],
	] as const) {
		await title.fill(typed);
		await expect(panel.getByRole('textbox', { name: 'Slug' })).toHaveText(expected);
	}
	// A slug typed in follows the site's rule.
	await panel.getByRole('button', { name: 'Edit Slug' }).click();
	const input = panel.getByRole('textbox').last();
	await input.fill('Regional_Meeting');
	await expect(panel).toContainText('Write the page address in lowercase letters a–z, digits and single hyphens');
	await shot(page, 'slug');
});

test('a browser in another language gets the editor in it, from the site’s copy, without hanging', async ({ browser }) => {
	for (const [locale, signIn] of [
		['fr-FR', 'Travailler avec un dépôt local'],
		['zh-CN', '使用本地仓库'],
	] as const) {
		const context = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } });
		const network = await offline(context);
		const page = await context.newPage();
		const refusals = policyRefusals(page);
		const strings: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/locales/')) strings.push(new URL(request.url()).pathname);
		});
		await page.goto('admin/');
		await expect(page.getByRole('button', { name: signIn, exact: true })).toBeVisible({ timeout: 30_000 });
		expect(strings).toEqual([`/smuggling-of-migrants/admin/sveltia/${readVersion()}/locales/${locale === 'fr-FR' ? 'fr' : 'zh-CN'}.json`]);
		if (locale === 'fr-FR') await shot(page, 'sign-in-fr');
		// Still responsive, and nothing reached for the CDN's strings.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		expect(refusals.filter((url) => url.includes('locales'))).toEqual([]);
		expect(network.refused).toEqual([]);
		await context.close();
	}
});

test('translations: one per interface language, written to <slug>.<lang>.md beside the original with the facts left there; they pass check:content', async ({
	page,
	context,
}) => {
	const network = await offline(context);
	await openLocalRepository(page, launchRepository());
	await signedIn(page);

	// An existing translation is read from its file: the Model Law's French title.
	await page.goto('admin/#/collections/publications/entries/model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian');
	await expect(editPane(page).getByRole('textbox', { name: 'Title' })).toHaveValue(/^Model Law on Smuggling of Migrants/);
	await switchLocale(page, editPane(page), 'French');
	const frenchModelLaw = page.getByRole('group', { name: /^Edit .French. Content$/ });
	await expect(frenchModelLaw.getByRole('textbox', { name: 'Title' })).toHaveValue(/^Loi type contre le trafic illicite de migrants/);
	// Shared facts are not offered in a translation.
	await expect(frenchModelLaw.getByRole('combobox', { name: 'Kind of publication' })).toHaveCount(0);
	// "View on Live Site" goes to the entry's page under the site's base: the English one at the root, the French one under /fr/.
	// (The public site's host is refused like any other: the request is what is checked.)
	const modelLawPath = 'publications/model-law-on-smuggling-of-migrants-available-in-arabic-english-french-russian/';
	for (const [open, url] of [
		[() => page.getByRole('button', { name: 'View on Live Site' }).click(), `https://www.example.org/smuggling-of-migrants/${modelLawPath}`],
		[
			async () => {
				await frenchModelLaw.getByRole('button', { name: /^Show .French. Content Options$/ }).click();
				await page.getByRole('menuitem', { name: /View on Live Site/ }).click();
			},
			`https://www.example.org/smuggling-of-migrants/fr/${modelLawPath}`,
		],
	] as const) {
		const [live] = await Promise.all([context.waitForEvent('page'), open()]);
		await expect.poll(() => network.refused).toContain(url);
		await live.close();
	}

	// A new entry, then its French translation.
	await page.goto('admin/#/collections/news/new');
	const english = page.getByRole('group', { name: /^Edit .English. Content$/ });
	await english.getByRole('textbox', { name: 'Title' }).fill('Regional meeting in Dakar');
	await english.getByRole('textbox', { name: 'Date', exact: true }).fill('2026-04-02');
	await choose(page, english.getByRole('combobox', { name: 'Topics' }), 'Migrant smuggling');
	await english.getByRole('textbox', { name: 'Text', exact: true }).click();
	await page.keyboard.type('Officials met in Dakar.');
	await switchLocale(page, english, 'French');
	await page.getByRole('button', { name: /^Enable .French.$/ }).click();
	const french = page.getByRole('group', { name: /^Edit .French. Content$/ });
	await french.getByRole('textbox', { name: 'Title' }).fill('Réunion régionale à Dakar');
	await french.getByRole('textbox', { name: 'Dateline' }).fill('Dakar (Sénégal)');
	await french.getByRole('textbox', { name: 'Text', exact: true }).click();
	await page.keyboard.type('Des responsables se sont réunis à Dakar.');
	await shot(page, 'translation');
	await save(page);

	const files = await readRepository(page);
	const original = files['content/news/regional-meeting-in-dakar.md']?.text ?? '';
	expect(original).toMatch(/^title: Regional meeting in Dakar\ndate: 2026-04-02$/m);
	expect(original).toMatch(/^topics:\n {2}- migrant-smuggling$/m);
	const translation = files['content/news/regional-meeting-in-dakar.fr.md']?.text ?? '';
	expect(translation).toMatch(/^title: Réunion régionale à Dakar$/m);
	expect(translation).toMatch(/^dateline: Dakar \(Sénégal\)$/m);
	expect(translation).toContain('Des responsables se sont réunis à Dakar.');
	for (const fact of ['date', 'topics', 'regions', 'lang', 'related']) expect(translation, fact).not.toMatch(new RegExp(`^${fact}:`, 'm'));
	// Only English and French were written: the other languages stay off until enabled.
	expect(Object.keys(files).filter((path) => path.startsWith('content/news/regional-meeting-in-dakar'))).toEqual(
		expect.arrayContaining(['content/news/regional-meeting-in-dakar.md', 'content/news/regional-meeting-in-dakar.fr.md']),
	);
	expect(Object.keys(files).filter((path) => path.startsWith('content/news/regional-meeting-in-dakar'))).toHaveLength(2);
	// The content check reads the translation against its original: 19 launch files and these two.
	withContent(files, (work) => expect(checkContent(join(work, 'content'))).toMatch(/✓ 21 entries checked in \d+ ms: no problems/));
});

test('/admin/ is served with the editor’s policy and noindex; the public pages keep theirs', async ({ request }) => {
	const version = readVersion();
	for (const path of ['admin/', 'admin/config.json', 'admin/preview.css', `admin/sveltia/${version}/sveltia-cms.js`]) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toBe(ADMIN_HEADER_POLICY);
		expect(response.headers()['x-robots-tag'], path).toBe('noindex');
		expect(response.headers()['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
	}
	expect((await request.get(`admin/sveltia/${version}/sveltia-cms.js`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	expect((await request.get('admin/config.json')).headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
	const home = await request.get('./');
	expect(home.headers()['content-security-policy']).toBe(HEADER_POLICY);
	expect(home.headers()['x-robots-tag']).toBeUndefined();
});

function readVersion(): string {
	return (JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as { version: string }).version;
}
