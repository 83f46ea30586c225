/**
 * Puts the calling thread at the lowest priority, so that it only takes what
 * Astro's renderer leaves of the cores. Linux gives each thread its own
 * priority, set through its thread id (/proc/thread-self is
 * /proc/<pid>/task/<tid>); elsewhere the thread keeps the process's.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

export function lowestThreadPriority(): void {
	try {
		setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
	} catch {
		// No /proc, or not allowed: the same work at the same priority.
	}
}
