import { mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	MANIFEST_FILE,
	markBuilt,
	parseState,
	prepareWorkFolder,
	readState,
	removeFilesSince,
	stagingPlan,
	workFolder,
	writeState,
} from '../../../scripts/lib/build/staging.ts';

const dead = () => false;
const alive = () => true;

describe('stagingPlan', () => {
	test.each([
		['a fresh work folder', { built: {} }, false, 'm1', {}],
		['a work folder that matches the manifest', { built: { w: 'm1' } }, true, 'm1', {}],
		[
			'a work folder built before another folder changed the manifest',
			{ built: { w: 'm0' } },
			true,
			'm1',
			{ empty: expect.stringContaining('another output folder') },
		],
		['a work folder nothing recorded', { built: {} }, true, 'm1', { empty: expect.stringContaining('no finished build') }],
		[
			'a stopped build of this folder that had not written the manifest',
			{ building: { pid: 7, started: 10_000, work: 'w' }, built: { w: 'm1' } },
			true,
			'm1',
			{ recover: { since: 8000, work: 'w' } },
		],
		[
			'a stopped build of another folder',
			{ building: { pid: 7, started: 10_000, work: 'v' }, built: { w: 'm1' } },
			true,
			'm1',
			{ recover: { since: 8000, work: 'v' } },
		],
		[
			'a stopped build that had written the manifest',
			{ building: { pid: 7, started: 10_000, work: 'w' }, built: { w: 'm0' } },
			true,
			'm1',
			{ recover: { since: 8000, work: 'w' }, empty: expect.any(String) },
		],
	] as const)('%s', (_name, state, exists, manifest, plan) => {
		expect(stagingPlan(state, 'w', manifest, dead, exists)).toEqual(plan);
	});

	test('a build that still runs makes the folder busy', () => {
		expect(stagingPlan({ building: { pid: 7, started: 1, work: 'w' }, built: {} }, 'w', 'm', alive, true)).toEqual({ busy: 7 });
	});
});

describe('parseState', () => {
	test('reads what writeState wrote, and treats anything else as empty', () => {
		expect(parseState('{"building":{"pid":1,"started":2,"work":"w"},"built":{"w":"x"}}')).toEqual({
			building: { pid: 1, started: 2, work: 'w' },
			built: { w: 'x' },
		});
		expect(parseState('{"built":{"w":"x","v":3}}')).toEqual({ built: { w: 'x' } });
		expect(parseState('{"buil')).toEqual({ built: {} });
		expect(parseState('null')).toEqual({ built: {} });
	});
});

test('workFolder: one per output folder, named after it, inside the cache', () => {
	const a = workFolder('/c', '/p/dist');
	expect(a.path).toMatch(/^\/c\/staged-output\/dist-[0-9a-f]{12}$/);
	expect(workFolder('/c', '/q/dist').path).not.toBe(a.path);
	expect(workFolder('/c', '/p/dist/').path).toBe(a.path);
});

test('removeFilesSince removes only files modified from that time on', () => {
	const dir = mkdtempSync(join(tmpdir(), 'since-'));
	mkdirSync(join(dir, 'a'));
	writeFileSync(join(dir, 'a/old.html'), 'old');
	writeFileSync(join(dir, 'new.html'), 'new');
	utimesSync(join(dir, 'a/old.html'), 1000, 1000);
	expect(removeFilesSince(dir, 2_000_000)).toBe(1);
	expect(existsSync(join(dir, 'a/old.html'))).toBe(true);
	expect(existsSync(join(dir, 'new.html'))).toBe(false);
});

test('prepareWorkFolder after a stopped build: removes what it wrote, keeps the rest, records the new build', () => {
	const cache = mkdtempSync(join(tmpdir(), 'cache-'));
	const out = join(cache, 'out');
	writeFileSync(join(cache, MANIFEST_FILE), '{"v":1}');
	const { path, name } = workFolder(cache, out);
	mkdirSync(join(path, 'news'), { recursive: true });
	mkdirSync(join(cache, 'dist'), { recursive: true });
	writeFileSync(join(path, 'kept.html'), 'kept');
	utimesSync(join(path, 'kept.html'), 1000, 1000);
	markBuilt(cache, out);
	writeFileSync(join(path, 'news/rewritten.html'), 'new');
	writeFileSync(join(cache, 'dist/rewritten.html'), 'new');
	writeState(cache, { building: { pid: 2 ** 22 + 1, started: Date.now() - 60_000, work: name }, built: readState(cache).built });
	const prepared = prepareWorkFolder(cache, out);
	expect(prepared.done).toEqual([
		expect.stringContaining('did not finish (it failed or was stopped): removed the 1 file(s) it had written to its work folder and 1 from the page cache'),
	]);
	expect(existsSync(join(path, 'kept.html'))).toBe(true);
	expect(existsSync(join(path, 'news/rewritten.html'))).toBe(false);
	expect(readState(cache).building?.pid).toBe(process.pid);
	expect(() => prepareWorkFolder(cache, out)).toThrow(/Another build \(process \d+\) is using the build cache/);
	markBuilt(cache, out);
	expect(JSON.parse(readFileSync(join(cache, 'staged-output/state.json'), 'utf8'))).not.toHaveProperty('building');
});
