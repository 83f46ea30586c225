/** The vocabularies (topics, regions, publication kinds), read from `<content>/taxonomies/` and checked against their schema. */
import { join } from 'node:path';
import yaml from 'js-yaml';
import { VOCABULARY_FILES, vocabularySchema, type Vocabularies } from '../schemas/vocabulary.ts';
import { readUtf8 } from './files.ts';
import { ContentError, displayPath } from './problems.ts';

/** Loads the vocabularies of a content folder. */
export function loadVocabularies(contentDir: string): Vocabularies {
	const load = (name: keyof Vocabularies) => {
		const file = join(contentDir, 'taxonomies', `${name}.yaml`);
		let raw: unknown;
		try {
			raw = yaml.load(readUtf8(file), { schema: yaml.CORE_SCHEMA });
		} catch (error) {
			if (error instanceof ContentError) throw error;
			const code = (error as NodeJS.ErrnoException).code;
			const message = code === 'ENOENT' ? `missing: create it with a list of "- slug: …, label: …" terms` : `invalid YAML: ${(error as Error).message}`;
			throw new ContentError([{ file: displayPath(file), line: 1, field: '', message }]);
		}
		const result = vocabularySchema.safeParse(raw ?? []);
		if (!result.success) {
			throw new ContentError(result.error.issues.map((issue) => ({ file: displayPath(file), line: 1, field: issue.path.join('.'), message: issue.message })));
		}
		return result.data;
	};
	return Object.fromEntries(VOCABULARY_FILES.map((name) => [name, load(name)])) as unknown as Vocabularies;
}
