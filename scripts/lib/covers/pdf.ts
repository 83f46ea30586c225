/**
 * Reads a PDF for `npm run covers`: its size, page count and, when asked, its
 * first page drawn as a JPEG thumbnail. pdf.js (Mozilla's PDF reader, plain
 * JavaScript) parses and draws, on @napi-rs/canvas, whose prebuilt binary comes
 * in the npm package: nothing to compile and no system package, unlike
 * poppler's pdftoppm (see docs/proposals/publication-metadata.md for the timings).
 * Every failure is a PdfProblem whose message says what is wrong with the file
 * and what to do.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A PDF the tool cannot use, with a message for the editor (the caller adds file, line and field). */
export class PdfProblem extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PdfProblem';
	}
}

/** What was read from a PDF. */
export interface PdfReading {
	/** Page count. */
	pages: number;
	/** File size in bytes. */
	bytes: number;
	/** The first page as a JPEG, when a width was asked for. */
	thumbnail?: { jpeg: Buffer; width: number; height: number } | undefined;
}

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js, loaded once and only when a PDF is read (it takes ~0.2 s). */
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Why pdf.js could not open a file, in words an editor can act on. */
function openProblem(error: unknown): PdfProblem {
	const name = (error as { name?: string }).name;
	if (name === 'PasswordException')
		return new PdfProblem(
			'the PDF is protected by a password, so readers could not open it either: ask for a copy without a password (or "Save as" without security) and put that one there',
		);
	if (name === 'InvalidPDFException' || name === 'FormatError')
		return new PdfProblem(`the PDF is damaged or cut off (${(error as Error).message}): download or export it again`);
	return new PdfProblem(`the PDF cannot be read (${(error as Error).message}): open it in a PDF reader to check it, then export it again`);
}

/** Reads a PDF: size and page count, and with `width` the first page as a JPEG that many pixels wide. */
export async function readPdf(path: string, options: { width?: number | undefined; quality?: number } = {}): Promise<PdfReading> {
	let data: Buffer;
	try {
		data = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new PdfProblem('no such file: put the PDF there, or correct the url');
		if (code === 'EISDIR') throw new PdfProblem('is a folder, not a PDF: write the path of the PDF file');
		throw new PdfProblem(`cannot be read (${code ?? (error as Error).message}): check the file's permissions`);
	}
	if (data.length === 0) throw new PdfProblem('the file is empty (0 bytes): copy the PDF again');
	// The header may follow some junk, but must come within the first 1,024 bytes (PDF 32000-1, annex H).
	if (!data.subarray(0, 1024).includes('%PDF-'))
		throw new PdfProblem('is not a PDF (it does not start with "%PDF-"): check that the url names the PDF and not a web page or another file');
	// pdf.js takes the buffer over (it is detached afterwards), so the size is kept first.
	const bytes = data.length;
	const { getDocument } = await loadPdfJs();
	const task = getDocument({
		data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
		verbosity: 0,
		standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
		cMapUrl: join(PDFJS_DIR, 'cmaps/'),
		cMapPacked: true,
		wasmUrl: join(PDFJS_DIR, 'wasm/'),
		iccUrl: join(PDFJS_DIR, 'iccs/'),
	});
	let document;
	try {
		document = await task.promise;
	} catch (error) {
		await task.destroy();
		throw openProblem(error);
	}
	try {
		const pages = document.numPages;
		if (pages < 1) throw new PdfProblem('the PDF has no pages: export it again');
		if (!options.width) return { pages, bytes };
		let thumbnail;
		try {
			thumbnail = await renderFirstPage(document, options.width, options.quality ?? 80);
		} catch (error) {
			throw new PdfProblem(`its first page could not be drawn (${(error as Error).message}): export the PDF again, or make the cover by hand`);
		}
		return { pages, bytes, thumbnail };
	} finally {
		await task.destroy();
	}
}

/** Draws page 1 `width` pixels wide on a white background and encodes it as JPEG. */
async function renderFirstPage(
	document: Awaited<ReturnType<PdfJs['getDocument']>['promise']>,
	width: number,
	quality: number,
): Promise<{ jpeg: Buffer; width: number; height: number }> {
	const { createCanvas } = await import('@napi-rs/canvas');
	const page = await document.getPage(1);
	const natural = page.getViewport({ scale: 1 });
	const viewport = page.getViewport({ scale: width / natural.width });
	const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
	const context = canvas.getContext('2d');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	// pdf.js draws on any canvas with the DOM's 2D API; @napi-rs/canvas implements it.
	await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context as unknown as CanvasRenderingContext2D, viewport }).promise;
	page.cleanup();
	return { jpeg: await canvas.encode('jpeg', quality), width: canvas.width, height: canvas.height };
}
