/**
 * Runs a command for the benchmarks: its output lines, each with the time it
 * arrived, and the peak resident memory of its whole process tree, sampled
 * from /proc every 100 ms, and the share of the machine's CPU time the host
 * took meanwhile (steal), which says whether the timing can be compared with
 * other runs. A failed run rejects, with its last lines printed.
 */
import { spawn } from 'node:child_process';
import { readCpuTimes, stealShare, treeRss, type TimedLine } from './measure.ts';

export interface TimedRun {
	/** Wall time, start to exit. */
	seconds: number;
	/** Peak RSS of the process and its descendants, in bytes. */
	peakRss: number;
	/** Output lines (stdout and stderr), with ms since the start. */
	lines: TimedLine[];
	/** The memory samples (ms since the start, bytes). */
	samples: { at: number; rss: number }[];
	/** Share of the machine's CPU time, start to exit, that the hypervisor gave to other guests (0 to 1). */
	stealShare: number;
}

export interface TimedRunOptions {
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** What the error says failed ("the build", "the floor site's build"). */
	what: string;
}

/** Runs `command args`, timing its lines and sampling its tree's memory; rejects when it exits non-zero. */
export function timedRun(command: string, args: readonly string[], { cwd, env, what }: TimedRunOptions): Promise<TimedRun> {
	return new Promise((resolveRun, reject) => {
		const started = performance.now();
		const cpuBefore = readCpuTimes();
		const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const lines: TimedLine[] = [];
		const samples: { at: number; rss: number }[] = [];
		let peakRss = 0;
		let tail = '';
		const onData = (chunk: Buffer) => {
			const at = performance.now() - started;
			const parts = (tail + chunk.toString('utf8')).split('\n');
			tail = parts.pop() ?? '';
			for (const part of parts) lines.push({ at, text: part });
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		const timer = setInterval(() => {
			const rss = treeRss(child.pid!);
			samples.push({ at: performance.now() - started, rss });
			peakRss = Math.max(peakRss, rss);
		}, 100);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			const seconds = (performance.now() - started) / 1000;
			if (tail) lines.push({ at: seconds * 1000, text: tail });
			if (code !== 0) {
				process.stderr.write(
					`${lines
						.slice(-40)
						.map((line) => line.text)
						.join('\n')}\n`,
				);
				reject(new Error(`${what} exited with ${code}`));
				return;
			}
			resolveRun({ seconds, peakRss, lines, samples, stealShare: stealShare(cpuBefore, readCpuTimes()) });
		});
	});
}
