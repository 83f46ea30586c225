/**
 * Content problems, reported as `file:line: field: message` by the build and
 * every tool, always all at once.
 */
import { relative } from 'node:path';

/** A content problem tied to a file and line. */
export interface ContentProblem {
	/** File path, relative to the working directory when possible. */
	file: string;
	/** 1-based line. */
	line: number;
	/** Field path such as `links.0.url`, or '' for the file as a whole. */
	field: string;
	/** What is wrong and how to fix it. */
	message: string;
}

/** `content/news/x.md:3: date: must be …` */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}:${problem.line}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

/** A path for messages: relative to the working directory when inside it. */
export function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
}

/** Thrown when content cannot be published; `problems` lists every one found. */
export class ContentError extends Error {
	/** Every problem found. */
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[]) {
		super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
