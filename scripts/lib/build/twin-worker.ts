/**
 * A thread of src/integrations/page-twins.ts: compresses each page it is sent
 * (its file's path in the site and its bytes) into the twins folder, and posts
 * back what the twins were made from; a page it could not compress is posted
 * back without a record, and compressed after the build instead.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { digestOf, writeTwins, type TwinRecord } from './precompress.ts';

const { twins } = workerData as { twins: string };
const folders = new Set<string>();

parentPort!.on('message', ({ file, bytes }: { file: string; bytes: Uint8Array }) => {
	const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let record: TwinRecord | undefined;
	try {
		// Dated 1970 until the compression pass has checked them against their file and given them its time: never
		// taken for current by their date alone, whatever the moment Astro writes the file.
		const sizes = writeTwins(twins, file, data, 0, folders);
		record = { digest: digestOf(data), bytes: { source: data.length, ...sizes } };
	} catch {
		record = undefined;
	}
	parentPort!.postMessage({ file, record });
});
