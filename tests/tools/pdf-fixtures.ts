/**
 * PDFs for the covers tests, made when the tests run instead of committed as
 * binaries: pdf-lib writes real ones; the password-protected one is written by
 * hand, since pdf-lib cannot encrypt (pdf.js asks for a password before it
 * decrypts anything, so its objects need no real encryption), and so is the
 * one that anyone may open but whose owner restricted copying and printing.
 */
import { createHash } from 'node:crypto';
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

/** RC4, the cipher of the PDF standard security handler's revision 2 (node's OpenSSL 3 no longer offers it). */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
	const box = Array.from({ length: 256 }, (_, i) => i);
	for (let i = 0, j = 0; i < 256; i++) {
		j = (j + box[i]! + key[i % key.length]!) % 256;
		[box[i], box[j]] = [box[j]!, box[i]!];
	}
	const out = new Uint8Array(data.length);
	for (let n = 0, i = 0, j = 0; n < data.length; n++) {
		i = (i + 1) % 256;
		j = (j + box[i]!) % 256;
		[box[i], box[j]] = [box[j]!, box[i]!];
		out[n] = data[n]! ^ box[(box[i]! + box[j]!) % 256]!;
	}
	return out;
}

/** The 32-byte padding of PDF 32000-1, 7.6.3.3 (the empty password). */
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/**
 * A one-page PDF under the standard security handler (revision 2, 40-bit RC4)
 * with an empty user password and an owner password: every reader opens it,
 * copying and printing are restricted, as many published PDFs are. The page
 * has no strings or streams, so nothing else needs encrypting.
 */
export function restrictedPdf(): Uint8Array {
	const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(Buffer.concat(parts)).digest());
	const ownerPassword = Buffer.concat([Buffer.from('owner'), PADDING]).subarray(0, 32);
	const owner = rc4(md5(ownerPassword).subarray(0, 5), PADDING);
	const permissions = -3904; // no printing, no copying, no changes
	const p = Buffer.alloc(4);
	p.writeInt32LE(permissions);
	const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
	const key = md5(PADDING, owner, p, id).subarray(0, 5);
	const user = rc4(key, PADDING);
	const hexOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
	return assemble(
		[
			'<< /Type /Catalog /Pages 2 0 R >>',
			'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
			'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
			`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hexOf(owner)}> /U <${hexOf(user)}> /P ${permissions} >>`,
		],
		`/Root 1 0 R /Encrypt 4 0 R /ID [<${hexOf(id)}> <${hexOf(id)}>]`,
	);
}
