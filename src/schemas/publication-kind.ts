import { z } from 'astro/zod';
import { shown } from '../lib/text/quote.ts';
import type { Term } from './vocabulary.ts';

/** What sort of publication an entry is: the slug of a term of content/taxonomies/kinds.yaml. */
export const publicationKind = (kinds: readonly Term[]) => {
	const known = kinds.map((kind) => kind.slug);
	return z
		.string({
			error: (issue) =>
				`${issue.input === undefined || issue.input === null ? 'required' : `must be text, got ${shown(issue.input)}`}: one of ${known.join(', ')}`,
		})
		.refine((kind) => known.includes(kind), {
			error: (issue) => `${shown(issue.input)} is not a publication kind: use one of ${known.join(', ')} (or add it to content/taxonomies/kinds.yaml)`,
		});
};
