/**
 * Driving the browser editor (/admin/, Sveltia CMS) in local-repository mode
 * for the end-to-end tests: the folder picker hands out a folder of the
 * origin private file system (OPFS) holding a copy of the launch content and
 * a `.git` entry (all Sveltia checks), every request that is not to
 * 127.0.0.1 is refused, and the files are read back out afterwards.
 *
 * Sveltia's accessible names wrap labels in invisible Unicode isolates
 * ("Add ⁨link⁩"), hence the regular expressions in the selectors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The repository files the editor works on: the launch content (text), by repository path. */
export function launchRepository(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const entry of readdirSync('content', { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) files[relative('.', join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'utf8');
	}
	return files;
}

/** Requests to anything but 127.0.0.1 are refused; the list of those refused, and of the policy's refusals, is kept. */
export async function offline(context: BrowserContext): Promise<{ refused: string[] }> {
	const refused: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).hostname === '127.0.0.1') return route.continue();
		refused.push(url);
		return route.abort('blockedbyclient');
	});
	// Before any script of the page: the picker hands out the OPFS folder `repo`.
	await context.addInitScript(() => {
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
			(await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
	});
	return { refused };
}

/** URLs the page's Content Security Policy refused (from the console), for the tests to compare with what is expected. */
export function policyRefusals(page: Page): string[] {
	const refused: string[] = [];
	page.on('console', (message) => {
		const url = /(?:Connecting to|Loading the font|Loading the script|Loading the stylesheet|Loading the image|Framing) '([^']+)' violates/.exec(
			message.text(),
		)?.[1];
		if (url) refused.push(url);
	});
	return refused;
}

/** What the stock bundle reaches for and the policy refuses, harmlessly: its update check, GitHub's status page, the CDN copies of its fonts. */
export const EXPECTED_REFUSALS = [
	/^https:\/\/unpkg\.com\/@sveltia\/cms\/package\.json$/,
	/^https:\/\/www\.githubstatus\.com\/api\/v2\/status\.json$/,
	/^https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/[\w:@.-]+\/[\w-]+\.woff2$/,
];

/** Opens /admin/, fills the OPFS folder with `files` (and `.git`), and signs in with the local repository. */
export async function openLocalRepository(page: Page, files: Record<string, string>): Promise<void> {
	await page.goto('admin/');
	const local = page.getByRole('button', { name: /Work with Local Repository|Local/ }).first();
	await expect(local).toBeVisible({ timeout: 30_000 });
	await page.evaluate(async (entries) => {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry('repo', { recursive: true }).catch(() => {});
		const repo = await root.getDirectoryHandle('repo', { create: true });
		await repo.getDirectoryHandle('.git', { create: true });
		for (const [path, text] of entries) {
			const parts = path.split('/');
			let dir = repo;
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, Object.entries(files));
	await local.click();
}

/** Every file of the OPFS folder but `.git`: text files as text, others as base64. */
export async function readRepository(page: Page): Promise<Record<string, { text?: string; base64?: string }>> {
	return page.evaluate(async () => {
		const out: Record<string, { text?: string; base64?: string }> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [name, handle] of (dir as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }).entries()) {
				if (name === '.git') continue;
				const path = prefix ? `${prefix}/${name}` : name;
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
				else {
					const file = await (handle as FileSystemFileHandle).getFile();
					if (/\.(md|ya?ml|json)$/.test(name)) out[path] = { text: await file.text() };
					else {
						const bytes = new Uint8Array(await file.arrayBuffer());
						let binary = '';
						for (const byte of bytes) binary += String.fromCharCode(byte);
						out[path] = { base64: btoa(binary) };
					}
				}
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
		return out;
	});
}

/** The editing pane of the entry open in the editor (the default language's, when there are several). */
export const editPane = (page: Page): Locator => page.getByRole('group', { name: /^Edit .*Content$/ }).first();

/** A field's group in a pane, by its label. */
export const fieldGroup = (scope: Locator, label: string): Locator => scope.getByRole('group', { name: new RegExp(`^“.${label}.” Field$`) });

/** Clicks Save and waits for the editor to have saved: it says so and goes back to the list. */
export async function save(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page).toHaveURL(/#\/collections\/[\w-]+$/, { timeout: 30_000 });
	await expect(page.getByText('Entry saved.').first()).toBeVisible();
}

/** Picks an option of a select field. The list closes by itself (Escape would close the entry). */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
	await combobox.click();
	await page.getByRole('option', { name: option, exact: true }).click();
}

/** A small valid PDF. */
export const PDF = Buffer.from(
	'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Shows the editing pane of another language (the pane's Switch Locale list, which Sveltia shows for more than two languages). */
export async function switchLocale(page: Page, pane: Locator, language: string): Promise<void> {
	await pane.getByRole('combobox', { name: 'Switch Locale' }).click();
	await page.getByRole('option', { name: new RegExp(`^${language}`) }).click();
}
