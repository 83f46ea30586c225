/**
 * Photo-like JPEG files for test sites and the benchmark corpus: smooth
 * colour fields with grain, which compress the way photographs do (a flat
 * colour would make every format look tiny). Deterministic: the same seed
 * gives the same bytes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { prng as random } from './random.ts';

/** Value noise: a grid of random values `cell` pixels apart, smoothly interpolated, as in textures of stone, leaves or water. */
function valueNoise(width: number, height: number, cell: number, next: () => number): Float32Array {
	const columns = Math.ceil(width / cell) + 2;
	const rows = Math.ceil(height / cell) + 2;
	const grid = Float32Array.from({ length: columns * rows }, () => next() - 0.5);
	const out = new Float32Array(width * height);
	const smooth = (t: number) => t * t * (3 - 2 * t);
	for (let y = 0; y < height; y++) {
		const gy = Math.floor(y / cell);
		const ty = smooth(y / cell - gy);
		for (let x = 0; x < width; x++) {
			const gx = Math.floor(x / cell);
			const tx = smooth(x / cell - gx);
			const a = grid[gy * columns + gx]!;
			const b = grid[gy * columns + gx + 1]!;
			const c = grid[(gy + 1) * columns + gx]!;
			const d = grid[(gy + 1) * columns + gx + 1]!;
			out[y * width + x] = a + (b - a) * tx + (c - a) * ty + (a - b - c + d) * tx * ty;
		}
	}
	return out;
}

/**
 * Writes a `width`×`height` photo-like JPEG to `path`: a sky-to-ground gradient with texture at several scales
 * (what makes real photos cost bytes in every format) and fine grain.
 */
export async function writePhoto(path: string, width: number, height: number, seed = 1): Promise<void> {
	const next = random(seed);
	const [r0, g0, b0, r1, g1, b1] = Array.from({ length: 6 }, () => 40 + next() * 180);
	const scale = Math.max(width, height) / 100;
	const octaves = [
		[valueNoise(width, height, Math.max(2, Math.round(scale * 12)), next), 90],
		[valueNoise(width, height, Math.max(2, Math.round(scale * 3)), next), 50],
		[valueNoise(width, height, Math.max(2, Math.round(scale * 0.8)), next), 56],
		[valueNoise(width, height, 2, next), 40],
	] as const;
	const pixels = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const index = y * width + x;
			const mix = Math.min(1, Math.max(0, y / height + octaves[0][0][index]! * 0.3));
			let texture = (next() - 0.5) * 16;
			for (const [noise, amplitude] of octaves) texture += noise[index]! * amplitude;
			const offset = index * 3;
			pixels[offset] = Math.max(0, Math.min(255, r0! * (1 - mix) + r1! * mix + texture));
			pixels[offset + 1] = Math.max(0, Math.min(255, g0! * (1 - mix) + g1! * mix + texture * 0.9));
			pixels[offset + 2] = Math.max(0, Math.min(255, b0! * (1 - mix) + b1! * mix + texture * 0.8));
		}
	}
	mkdirSync(dirname(path), { recursive: true });
	await sharp(pixels, { raw: { width, height, channels: 3 } })
		.jpeg({ quality: 85 })
		.toFile(path);
}
