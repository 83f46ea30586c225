/**
 * The vocabularies (topics, regions, publication kinds), read from
 * `<content>/taxonomies/` and checked against their schema, with the same rules as entries: every problem
 * of both files at once, each at its own line; no symbolic link out of the
 * content folder, no alias bomb, no character that feeds cannot carry.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { characterName, findForbiddenCharacter, forbiddenCharactersIn } from '../lib/text/characters.ts';
import { VOCABULARY_FILES, vocabularySchema, type Term, type Vocabularies } from '../schemas/vocabulary.ts';
import { checkLink, readUtf8 } from './files.ts';
import { expandedSize, lineOfField, MAX_ALIAS_EXPANSION, yamlErrorLine } from './front-matter.ts';
import { ContentError, displayPath, type ContentProblem } from './problems.ts';

/** 1-based line of `path` (`[2, 'label']`) in a vocabulary file, a YAML list. */
const lineInList = (text: string, path: readonly (string | number)[]) => (path.length ? lineOfField(`---\n${text}`, path) - 1 : 1) || 1;

function loadVocabulary(contentDir: string, name: keyof Vocabularies): { terms: Term[]; problems: ContentProblem[] } {
	const file = join(contentDir, 'taxonomies', `${name}.yaml`);
	const problem = (line: number, field: string, message: string): { terms: Term[]; problems: ContentProblem[] } => ({
		terms: [],
		problems: [{ file: displayPath(file), line, field, message }],
	});
	let text: string;
	try {
		if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
			const link = checkLink(file, realpathSync(contentDir));
			if ('problem' in link) return { terms: [], problems: [link.problem] };
		}
		text = readUtf8(file);
	} catch (error) {
		if (error instanceof ContentError) return { terms: [], problems: error.problems };
		const code = (error as NodeJS.ErrnoException).code;
		return problem(1, '', code === 'ENOENT' ? `missing: create it with a list of "- slug: …, label: …" terms` : `cannot be read: ${(error as Error).message}`);
	}
	const lines = text.split('\n');
	const forbidden = lines.flatMap((line, index) => {
		const found = findForbiddenCharacter(line);
		return found
			? [
					{
						file: displayPath(file),
						line: index + 1,
						field: '',
						message: `contains ${characterName(found.char)}, which feeds and calendars cannot carry: replace it with a space`,
					},
				]
			: [];
	});
	if (forbidden.length) return { terms: [], problems: forbidden };
	let raw: unknown;
	try {
		raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
	} catch (error) {
		if (!(error instanceof yaml.YAMLException)) throw error;
		return problem(yamlErrorLine(text, error.mark?.line ?? 0) + 1, '', `invalid YAML: ${error.reason}`);
	}
	if (text.includes('*') && expandedSize(raw, text.length + MAX_ALIAS_EXPANSION) > text.length + MAX_ALIAS_EXPANSION)
		return problem(
			1,
			'',
			`its aliases (*name) expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en')} characters: write the terms out instead of repeating aliases`,
		);
	const escaped = forbiddenCharactersIn(raw);
	if (escaped.length)
		return {
			terms: [],
			problems: escaped.map(({ path, char }) => ({
				file: displayPath(file),
				line: lineInList(text, path),
				field: path.join('.'),
				message: `contains ${characterName(char)}, which feeds and calendars cannot carry: replace it with a space`,
			})),
		};
	const result = vocabularySchema.safeParse(raw ?? []);
	if (result.success) return { terms: result.data, problems: [] };
	return {
		terms: [],
		problems: result.error.issues.map((issue) => {
			const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
			const at = keys.length ? [...path, keys[0]!] : path;
			return {
				file: displayPath(file),
				line: lineInList(text, at),
				field: at.join('.'),
				message: keys.length
					? `unknown field${keys.length > 1 ? `s ${keys.join(', ')}` : ''}: remove it or check its spelling (a term has slug, label, description and within; a publication kind schemaType too)`
					: issue.message,
			};
		}),
	};
}

/** Loads the vocabularies of a content folder; throws a ContentError listing the problems of all of them. */
export function loadVocabularies(contentDir: string): Vocabularies {
	const loaded = VOCABULARY_FILES.map((name) => [name, loadVocabulary(contentDir, name)] as const);
	const problems = loaded.flatMap(([, vocabulary]) => vocabulary.problems);
	if (problems.length) throw new ContentError(problems);
	return Object.fromEntries(loaded.map(([name, vocabulary]) => [name, vocabulary.terms])) as unknown as Vocabularies;
}
