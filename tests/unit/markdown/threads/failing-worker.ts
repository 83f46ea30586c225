/** A render thread that fails on purpose (pool.test.ts): `exit` stops the thread, anything else fails to render. */
import { parentPort } from 'node:worker_threads';

parentPort!.on('message', ({ id, markdown }: { id: number; markdown: string }) => {
	if (markdown === 'exit') process.exit(3);
	parentPort!.postMessage({ id, failed: 'render', error: `cannot render ${markdown}` });
});
