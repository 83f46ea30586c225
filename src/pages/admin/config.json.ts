/**
 * /admin/config.json: the browser editor's configuration, generated from the
 * schemas, the vocabularies and the languages (src/lib/admin/config.ts), with
 * every published original entry offered for `related` (a translation shares
 * its original's slug). Drafts are left out: the file is public, and the
 * content check refuses a published entry's `related` naming a draft.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { siteEditorInput } from '../../data/admin.ts';
import { siteDeployment } from '../../data/deployment.ts';
import { resolveContentDir } from '../../entry-files/files.ts';
import { loadVocabularies } from '../../entry-files/vocabularies.ts';
import { createEntrySchemas, TYPE_NAMES } from '../../entry-types/index.ts';
import { editorConfig } from '../../lib/admin/config.ts';

export const GET: APIRoute = async () => {
	const vocabularies = loadVocabularies(resolveContentDir());
	const entries = (await Promise.all(TYPE_NAMES.map((type) => getCollection(type))))
		.flat()
		.filter((entry) => !entry.data.translationOf && !entry.data.draft)
		.map((entry) => ({ type: entry.collection, slug: entry.id, title: entry.data.title, date: entry.data.date }));
	const config = editorConfig(siteEditorInput({ schemas: createEntrySchemas(vocabularies), vocabularies, entries, ...siteDeployment() }));
	return new Response(`${JSON.stringify(config, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
