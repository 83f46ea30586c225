/** Small helpers shared by the command-line tools: argument errors, exit codes and problem output. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContentError, formatProblem, type ContentProblem } from '../../src/entry-files/problems.ts';

/** Exit code for bad usage (unknown option, missing argument). */
export const USAGE_ERROR = 2;

/** Prints `message` to stderr and exits with `code`. */
export function fail(message: string, code = 1): never {
	process.stderr.write(`${message.trimEnd()}\n`);
	process.exit(code);
}

/** `parseArgs` with a usage error (and a pointer to --help) instead of a stack trace. */
export function parseCommandLine<const O extends NonNullable<ParseArgsConfig['options']>>(options: O, name: string, args: string[] = process.argv.slice(2)) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (error) {
		return fail(`${(error as Error).message}\nRun "npm run ${name} -- --help" for help.`, USAGE_ERROR);
	}
}

/** Prints each problem as `file:line: field: message` to stderr. */
export function printProblems(problems: readonly ContentProblem[]): void {
	for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
}

/** Runs `fn`; a `ContentError` is printed as its problems and exits 1. */
export function withContentErrors<T>(fn: () => T): T {
	try {
		return fn();
	} catch (error) {
		if (error instanceof ContentError) {
			printProblems(error.problems);
			process.exit(1);
		}
		throw error;
	}
}

/** The benchmarks' `--entries N --seed S` as numbers, or what is wrong with them (N a whole number from 1, S a whole number). */
export function corpusOptions(values: { entries: string; seed: string }): { entries: number; seed: number } | { error: string } {
	const entries = Number(values.entries);
	const seed = Number(values.seed);
	if (!Number.isInteger(entries) || entries < 1) return { error: `--entries must be a positive whole number, got ${values.entries}` };
	if (!Number.isInteger(seed)) return { error: `--seed must be a whole number, got ${values.seed}` };
	return { entries, seed };
}
