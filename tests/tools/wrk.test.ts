import { expect, test } from 'vitest';
import { parseWrk, wrkDuration } from '../../scripts/lib/wrk.ts';

const REPORT = `Running 20s test @ http://127.0.0.1:8080/smuggling-of-migrants/news/x/
  2 threads and 200 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     8.09ms    2.11ms  43.87ms   86.84%
    Req/Sec    12.43k     1.06k   15.20k    71.75%
  Latency Distribution
     50%    7.72ms
     75%    8.60ms
     90%   10.19ms
     99%   15.81ms
  494896 requests in 20.02s, 2.32GB read
Requests/sec:  24720.60
Transfer/sec:    118.74MB
`;

test('parseWrk reads throughput, p99 and errors', () => {
	expect(parseWrk(REPORT)).toEqual({ requests: 494896, requestsPerSecond: 24720.6, p99Ms: 15.81, errors: 0, transferPerSecond: '118.74MB' });
	expect(parseWrk(`${REPORT}  Socket errors: connect 0, read 3, write 0, timeout 2\n  Non-2xx or 3xx responses: 5\n`).errors).toBe(10);
	expect(() => parseWrk(REPORT.replace(/\s+99%.*\n/, '\n'))).toThrow(/99th percentile/);
});

test('wrkDuration', () => {
	expect(wrkDuration('812.00us')).toBeCloseTo(0.812);
	expect(wrkDuration('1.02s')).toBe(1020);
	expect(() => wrkDuration('fast')).toThrow();
});
