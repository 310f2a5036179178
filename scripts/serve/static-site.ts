/**
 * Serves the static build as a production host should: the precompressed file for the client's
 * Accept-Encoding (brotli, else gzip, else plain) with `Content-Encoding` and
 * `Vary: Accept-Encoding`; `application/wasm` for the engine (streaming compilation needs it);
 * hashed assets cached for a year, everything else revalidated; `/timeline` → `timeline.html`;
 * the site's 404 page for anything else. The README's "Hosting" section lists the same rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const TYPES: Record<string, string> = {
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.topojson': 'application/json'
};

/** A request handler for the build in `dir`. */
export function staticSite(dir: string): Handler {
	const notFound = readFileSync(join(dir, '404.html'));
	return sirv(dir, {
		brotli: true,
		gzip: true,
		etag: true,
		extensions: ['html'],
		setHeaders(res, pathname) {
			const ext = /\.[a-z0-9]+$/i.exec(pathname)?.[0] ?? '';
			if (TYPES[ext]) res.setHeader('Content-Type', TYPES[ext]);
			res.setHeader(
				'Cache-Control',
				pathname.startsWith('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate'
			);
		},
		onNoMatch(_req, res) {
			res.writeHead(404, { 'Content-Type': 'text/html;charset=utf-8' });
			res.end(notFound);
		}
	});
}
