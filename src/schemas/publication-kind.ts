import { z } from 'astro/zod';
import { shown } from '../lib/text/quote.ts';

/** Kinds of publication, in the order the site lists them. */
export const PUBLICATION_KINDS = [
	'issue-paper',
	'manual',
	'model-law',
	'strategy',
	'framework',
	'commentary',
	'report',
	'tool',
	'video',
	'guide',
	'other',
] as const;

export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** What sort of publication an entry is. */
export const publicationKind = z.enum(PUBLICATION_KINDS, {
	error: (issue) =>
		`${issue.input === undefined || issue.input === null ? 'required' : `${shown(issue.input)} is not a publication kind`}: one of ${PUBLICATION_KINDS.join(', ')}`,
});
