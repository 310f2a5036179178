/**
 * Colour-vision-deficiency simulation for palette tests: the Machado, Oliveira & Fernandes (2009)
 * matrices at full severity, applied in linear sRGB, and the CIE76 colour difference in CIELAB.
 */

type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];

export const CVD: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Mat3> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

const mul = (m: Mat3, v: Vec3): Vec3 =>
	m.map((r) => r[0] * v[0] + r[1] * v[1] + r[2] * v[2]) as Vec3;

function linear(hex: string): Vec3 {
	return [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as Vec3;
}

function lab(rgb: Vec3): Vec3 {
	const xyz = mul(
		[
			[0.4124, 0.3576, 0.1805],
			[0.2126, 0.7152, 0.0722],
			[0.0193, 0.1192, 0.9505]
		],
		rgb.map((c) => Math.min(1, Math.max(0, c))) as Vec3
	);
	const white: Vec3 = [0.95047, 1, 1.08883];
	const f = xyz.map((v, i) => {
		const t = v / white[i]!;
		return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116;
	});
	return [116 * f[1]! - 16, 500 * (f[0]! - f[1]!), 200 * (f[1]! - f[2]!)];
}

/** CIE76 ΔE between two hex colours, optionally as seen through a CVD matrix. */
export function deltaE(a: string, b: string, matrix?: Mat3): number {
	const see = (hex: string) => lab(matrix ? mul(matrix, linear(hex)) : linear(hex));
	const [p, q] = [see(a), see(b)];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
