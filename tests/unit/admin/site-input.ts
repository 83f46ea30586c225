/** The editor's inputs for the launch content, as the build makes them (src/data/admin.ts), for the admin unit tests. */
import { siteEditorInput, type RelatableEntry } from '../../../src/data/admin.ts';
import { listEntryFiles, readUtf8 } from '../../../src/entry-files/files.ts';
import { parseEntryFile } from '../../../src/entry-files/front-matter.ts';
import { loadVocabularies } from '../../../src/entry-files/vocabularies.ts';
import { createEntrySchemas } from '../../../src/entry-types/index.ts';
import type { EditorInput } from '../../../src/lib/admin/config.ts';

export const vocabularies = loadVocabularies('content');
export const schemas = createEntrySchemas(vocabularies);

export const entries: RelatableEntry[] = listEntryFiles('content')
	.filter((file) => !file.translation)
	.map((file) => {
		const { data } = parseEntryFile(readUtf8(file.path));
		return { type: file.type, slug: file.slug, title: String(data['title']), date: String(data['date']) };
	});

/** The inputs, optionally with other interface languages (the editor's locales). */
export function launchInput(locales?: readonly string[]): EditorInput {
	const input = siteEditorInput({ schemas, vocabularies, entries, site: 'https://www.example.org/', base: '/smuggling-of-migrants/', env: {} });
	return locales ? { ...input, locales } : input;
}
