/** Reading wrk's report (`wrk --latency`): requests per second, the 99th percentile latency, errors. */

export interface WrkResult {
	requests: number;
	requestsPerSecond: number;
	/** 99th percentile latency, in milliseconds. */
	p99Ms: number;
	/** Socket errors (connect, read, write, timeout) and non-2xx/3xx responses. */
	errors: number;
	/** Bytes read per second. */
	transferPerSecond: string;
}

const UNITS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** A wrk duration ("812.00us", "3.21ms", "1.02s") in milliseconds. */
export function wrkDuration(text: string): number {
	const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
	if (!match) throw new Error(`not a wrk duration: ${text}`);
	return Number(match[1]) * UNITS[match[2]!]!;
}

/** Parses the output of `wrk --latency`; throws when a figure is missing. */
export function parseWrk(output: string): WrkResult {
	const number = (pattern: RegExp, what: string) => {
		const match = pattern.exec(output);
		if (!match) throw new Error(`wrk's output has no ${what}:\n${output}`);
		return match;
	};
	const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
	const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
	return {
		requests: Number(number(/(\d+) requests in/, 'request count')[1]),
		requestsPerSecond: Number(number(/Requests\/sec:\s+([\d.]+)/, 'requests per second')[1]),
		p99Ms: wrkDuration(number(/^\s+99%\s+(\S+)/m, '99th percentile (run it with --latency)')[1]!),
		errors: (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0) + (non2xx ? Number(non2xx[1]) : 0),
		transferPerSecond: number(/Transfer\/sec:\s+(\S+)/, 'transfer rate')[1]!,
	};
}
