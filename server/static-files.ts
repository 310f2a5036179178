/**
 * The built site (adapter-static's `build/`), served as a static host would: prerendered pages by
 * their path (`/timeline` → `timeline.html`), precompressed `.br`/`.gz` siblings when the browser
 * takes them, immutable caching for hashed assets, `404.html` for anything else. With
 * `pages: 'shell'` a page is answered with the app's shell (`404.html`, status 200) instead of its
 * prerendered HTML (see prerendered.ts). A path can never leave the build folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** The file a URL path names inside `root`, or null (outside the root, or no such file). */
export function resolveStatic(root: string, pathname: string): string | null {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (decoded.includes('\0') || decoded.includes('\\')) return null;
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return null;
	const candidates = [path, `${path}.html`, join(path, 'index.html')];
	return candidates.find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

function pickEncoding(req: IncomingMessage, file: string): { path: string; encoding?: string } {
	const accepted = String(req.headers['accept-encoding'] ?? '');
	for (const [encoding, suffix] of [
		['br', '.br'],
		['gzip', '.gz']
	] as const) {
		if (accepted.includes(encoding) && existsSync(file + suffix)) {
			return { path: file + suffix, encoding };
		}
	}
	return { path: file };
}

/** Answers a GET or HEAD for a file of the build. */
export function serveStatic(
	root: string,
	req: IncomingMessage,
	res: ServerResponse,
	pathname: string,
	pages: 'prerendered' | 'shell' = 'prerendered'
) {
	const base = resolve(root);
	const found = resolveStatic(base, pathname);
	const shell = join(base, '404.html');
	const page = found !== null && extname(found) === '.html';
	const file = found === null || (page && pages === 'shell') ? shell : found;
	const status = found ? 200 : 404;
	if (!existsSync(file)) {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
		return;
	}
	const { path, encoding } = pickEncoding(req, file);
	const immutable = pathname.startsWith('/_app/immutable/');
	res.writeHead(status, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'content-length': statSync(path).size,
		'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		'x-content-type-options': 'nosniff',
		vary: 'accept-encoding',
		...(encoding ? { 'content-encoding': encoding } : {})
	});
	if (req.method === 'HEAD') res.end();
	else createReadStream(path).pipe(res);
}
