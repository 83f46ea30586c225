import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { dataStoreModule } from '../../../src/integrations/data-store-file.ts';

const work = mkdtempSync(join(tmpdir(), 'data-store-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test.each([
	['a plain path', 'plain', 'data-store.json'],
	['a path with quotes, a backslash and non-Latin letters', 'odd', `dir "x" \\ تهريب/data-store.json`],
])('the replacement module exports what the store file holds (%s)', async (_, folder, name) => {
	const store = [['news', { id: 'a', data: { title: 'Fish & "chips" </script>' } }]];
	const file = join(work, folder, name);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(store));
	const module = join(work, folder, 'module.mjs');
	writeFileSync(module, dataStoreModule(file));
	expect((await import(pathToFileURL(module).href)).default).toEqual(store);
});
