/**
 * Precompresses the static build (brotli and gzip next to each file: `x.js.br`, `x.js.gz`), so a
 * host sends compressed bytes without compressing per request: the 34 MB engine goes out as about
 * 6 MB. Runs after `vite build` (npm run build). Outputs are cached by content hash, so an
 * unchanged engine or data file is not compressed again.
 *
 *   tsx scripts/precompress.ts [dir=build]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|xml|txt|wasm|arrow|topojson|geojson|csv)$/;
const MIN_BYTES = 1024;
const CACHE = 'node_modules/.cache/pilot-atlas-precompress';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Brotli's best level for the app's hashed JavaScript and CSS (every visitor downloads them);
 * a faster one for pages and data (≈ 5 % larger) and the engine (the best level takes minutes).
 */
function brotliQuality(file: string, bytes: number): number {
	if (bytes > 8_000_000) return 7;
	return /\/_app\/immutable\/.*\.(js|css)$/.test(file) ? constants.BROTLI_MAX_QUALITY : 9;
}

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]
	);
}

async function compressed(file: string, kind: 'br' | 'gz', bytes: Buffer): Promise<Buffer> {
	const level = kind === 'br' ? brotliQuality(file, bytes.length) : 9;
	const hash = createHash('sha256').update(bytes).digest('hex');
	const cached = join(CACHE, `${hash}.${kind}${level}`);
	if (existsSync(cached)) return readFileSync(cached);
	const out =
		kind === 'br'
			? await br(bytes, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: level,
						[constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				})
			: await gz(bytes, { level });
	writeFileSync(cached, out);
	return out;
}

/** Writes `.br` and `.gz` beside every compressible file under `dir`; returns a one-line summary. */
export async function precompressDir(dir: string): Promise<string> {
	mkdirSync(CACHE, { recursive: true });
	const started = performance.now();
	let raw = 0;
	let brotli = 0;
	const targets = files(dir).filter((f) => COMPRESSIBLE.test(f) && statSync(f).size >= MIN_BYTES);
	await Promise.all(
		targets.map(async (file) => {
			const bytes = readFileSync(file);
			raw += bytes.length;
			for (const kind of ['br', 'gz'] as const) {
				const out = await compressed(file, kind, bytes);
				// A host serves the plain file when the compressed one is missing.
				if (out.length < bytes.length) writeFileSync(`${file}.${kind}`, out);
				if (kind === 'br') brotli += Math.min(out.length, bytes.length);
			}
		})
	);
	const mb = (b: number) => (b / 2 ** 20).toFixed(1);
	return `precompressed ${targets.length} files in ${relative('.', dir)}/: ${mb(raw)} MB → ${mb(brotli)} MB brotli (${((performance.now() - started) / 1000).toFixed(1)} s)`;
}

if (process.argv[1] && /precompress\.ts$/.test(process.argv[1])) {
	precompressDir(process.argv[2] ?? 'build').then(
		(summary) => console.log(summary),
		(e: unknown) => {
			console.error(e);
			process.exit(1);
		}
	);
}
