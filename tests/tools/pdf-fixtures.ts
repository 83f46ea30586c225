/**
 * PDFs for the covers tests, made when the tests run instead of committed as
 * binaries: pdf-lib writes real ones; the password-protected one is written by
 * hand, since pdf-lib cannot encrypt (pdf.js asks for a password before it
 * decrypts anything, so its objects need no real encryption).
 */
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A PDF of `pages` A4 pages, the first with a coloured band and `title` on it. */
export async function samplePdf(pages: number, title = 'Issue Paper'): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.setCreationDate(new Date(Date.UTC(2012, 2, 7)));
	doc.setModificationDate(new Date(Date.UTC(2012, 2, 7)));
	const font = await doc.embedFont(StandardFonts.HelveticaBold);
	for (let i = 0; i < pages; i++) {
		const page = doc.addPage([595, 842]);
		if (i === 0) {
			page.drawRectangle({ x: 0, y: 600, width: 595, height: 242, color: rgb(0, 0.3, 0.6) });
			page.drawText(title, { x: 50, y: 700, size: 40, font, color: rgb(1, 1, 1) });
		}
		page.drawText(`Page ${i + 1}`, { x: 50, y: 50, size: 12, font });
	}
	return doc.save({ useObjectStreams: false });
}

/** Assembles a PDF from object bodies, with a correct cross-reference table. */
function assemble(objects: readonly string[], trailer: string): Uint8Array {
	let text = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((body, i) => {
		offsets.push(Buffer.byteLength(text, 'latin1'));
		text += `${i + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(text, 'latin1');
	text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
	text += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(text, 'latin1'));
}

const hex = (byte: number) => byte.toString(16).padStart(2, '0');

/** A one-page PDF under the standard security handler whose user password is not empty: readers must ask for it. */
export function passwordPdf(): Uint8Array {
	const bytes = (seed: number) => Array.from({ length: 32 }, (_, i) => hex((seed * 31 + i * 17) % 256)).join('');
	return assemble(
		[
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
			`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${bytes(1)}> /U <${bytes(2)}> /P -3904 >>`,
		],
		`/Root 1 0 R /Encrypt 4 0 R /ID [<${bytes(3).slice(0, 32)}> <${bytes(3).slice(0, 32)}>]`,
	);
}

/** Starts like a PDF, then holds no PDF structure at all. */
export function damagedPdf(): Uint8Array {
	return new Uint8Array(Buffer.from(`%PDF-1.7\n${'garbage without any object '.repeat(20)}\n`, 'latin1'));
}
