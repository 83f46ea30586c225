/** A render thread of ./pool.ts: renders each body it is sent and writes its body file, exactly as the main thread would. */
import { parentPort } from 'node:worker_threads';
import { writeBodyFile } from '../../build-cache/body-files.ts';
import { excerptFromMarkdown } from '../excerpt.ts';
import { renderBody } from '../render.ts';
import type { RenderReply, RenderRequest } from './pool.ts';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function reply({ id, markdown, folder }: RenderRequest): Promise<RenderReply> {
	let html: string | undefined;
	let excerpt: string;
	try {
		html = renderBody(markdown)?.html;
		excerpt = excerptFromMarkdown(markdown);
	} catch (error) {
		return { id, failed: 'render', error: message(error) };
	}
	if (html === undefined) return { id, excerpt };
	try {
		const { path, written } = writeBodyFile(folder, html);
		await written;
		return { id, excerpt, bodyFile: path };
	} catch (error) {
		return { id, failed: 'write', error: message(error) };
	}
}

parentPort!.on('message', (request: RenderRequest) => {
	void reply(request).then((answer) => parentPort!.postMessage(answer));
});
