/**
 * Photo-like JPEG files for test sites and the benchmark corpus: smooth
 * colour fields with grain, which compress the way photographs do (a flat
 * colour would make every format look tiny). Deterministic: the same seed
 * gives the same bytes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Writes a `width`×`height` photo-like JPEG to `path`. */
export async function writePhoto(path: string, width: number, height: number, seed = 1): Promise<void> {
	const next = random(seed);
	const [r0, g0, b0, r1, g1, b1] = Array.from({ length: 6 }, () => 40 + next() * 180);
	const pixels = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const u = x / width;
			const v = y / height;
			// Soft shapes (a horizon, a sun) and grain, as in a photograph.
			const wave = Math.sin(u * 6 + seed) * 0.5 + Math.cos(v * 5 - seed) * 0.5;
			const grain = (next() - 0.5) * 24;
			const mix = Math.min(1, Math.max(0, v + wave * 0.15));
			const offset = (y * width + x) * 3;
			pixels[offset] = Math.max(0, Math.min(255, r0! * (1 - mix) + r1! * mix + grain));
			pixels[offset + 1] = Math.max(0, Math.min(255, g0! * (1 - mix) + g1! * mix + grain));
			pixels[offset + 2] = Math.max(0, Math.min(255, b0! * (1 - mix) + b1! * mix + grain));
		}
	}
	mkdirSync(dirname(path), { recursive: true });
	await sharp(pixels, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 85 })
		.toFile(path);
}
