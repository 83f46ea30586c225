import { expect, test } from 'vitest';
import { byAge, isReleaseName, keptReleases, releaseName, releasesToPrune, rollbackTarget } from '../../../scripts/lib/deploy/releases.ts';

test('releaseName: the UTC time, made unique', () => {
	const now = new Date('2026-12-01T10:30:05.123Z');
	expect(releaseName(now, [])).toBe('20261201-103005');
	expect(releaseName(now, ['20261201-103005'])).toBe('20261201-103005-2');
	expect(releaseName(now, ['20261201-103005', '20261201-103005-2'])).toBe('20261201-103005-3');
	expect(isReleaseName('20261201-103005-2')).toBe(true);
	for (const name of ['20261201-103005.partial', '20261201-103005.hashed', 'current', '..', '2026']) expect(isReleaseName(name)).toBe(false);
});

const names = ['20261203-000000', '20261201-000000-10', '20261201-000000', '20261201-000000-2', 'notes', '20261202-000000.partial'];

test('byAge: oldest first, -10 after -2, foreign names left out', () => {
	expect(byAge(names)).toEqual(['20261201-000000', '20261201-000000-2', '20261201-000000-10', '20261203-000000']);
});

test('rollbackTarget: the release made before the live one', () => {
	expect(rollbackTarget(names, '20261203-000000')).toBe('20261201-000000-10');
	expect(rollbackTarget(names, '20261201-000000-2')).toBe('20261201-000000');
	expect(rollbackTarget(names, '20261201-000000')).toBeUndefined();
	expect(rollbackTarget(names, 'elsewhere')).toBeUndefined();
});

test('keptReleases and releasesToPrune: the newest N, and the live and new ones whatever their age', () => {
	const all = ['20261201-000000', '20261202-000000', '20261203-000000', '20261204-000000'];
	expect(keptReleases(all, ['20261205-000000'], 3)).toEqual(['20261203-000000', '20261204-000000', '20261205-000000']);
	expect(releasesToPrune(all, ['20261205-000000'], 3)).toEqual(['20261201-000000', '20261202-000000']);
	// Live is an old release after a rollback: kept.
	expect(releasesToPrune(all, ['20261205-000000', '20261201-000000'], 3)).toEqual(['20261202-000000']);
	expect(releasesToPrune(['x', ...all], ['20261205-000000'], 10)).toEqual([]);
});
