/**
 * The HTTP face of server mode. `POST <api>/view` takes a view request (JSON, data only), checks
 * it with the shared registry, runs the builder's SQL with bound parameters and answers Arrow IPC.
 * `GET <api>/health` says the server is up; `GET /data/manifest.json` tells the built site to use
 * this server; everything else is the built site. No route runs SQL text from the network.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildViewRequest } from '../src/lib/queries/registry';
import { ViewRequestError } from '../src/lib/queries/views';
import { QueryInterrupted, ResultTooLarge, type ServerDatabase } from './database';
import { LimitError, type Limiter } from './limiter';
import { serveStatic } from './static-files';
import { builtManifest, prerenderedFits } from './prerendered';

export const API_PATH = '/api/v1';

export interface ApiOptions {
	readonly buildDir: string;
	/** Largest request body (bytes). */
	readonly bodyLimit: number;
	/** A query running longer is interrupted (ms). */
	readonly timeoutMs: number;
	/** Most rows one response carries. */
	readonly maxRows: number;
	readonly log: (line: string) => void;
}

/** An answer that is not the happy path: a status and a sentence for the analyst. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly headers: Record<string, string> = {}
	) {
		super(message);
		this.name = 'HttpError';
	}
}

const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}) {
	if (res.headersSent || res.destroyed) return;
	const text = JSON.stringify(body);
	res.writeHead(status, {
		...SECURITY_HEADERS,
		'content-type': 'application/json; charset=utf-8',
		'content-length': Buffer.byteLength(text),
		...headers
	});
	res.end(text);
}

/**
 * Reads a JSON body of at most `limit` bytes. A larger one is read to its end and dropped (so the
 * client gets the answer, not a reset), then refused; the server's request timeout bounds the wait.
 */
function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = Number(req.headers['content-length'] ?? 0) > limit ? limit + 1 : 0;
		req.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= limit) chunks.push(chunk);
			else chunks.length = 0;
		});
		req.on('end', () => {
			if (size > limit) {
				reject(
					new HttpError(
						413,
						`The request is larger than ${limit} bytes; a view request is a few hundred.`
					)
				);
				return;
			}
			try {
				resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
			} catch {
				reject(new HttpError(400, 'The request body is not valid JSON.'));
			}
		});
		req.on('error', () => reject(new HttpError(400, 'The request could not be read.')));
	});
}

/** Turns anything thrown while answering into an HttpError; engine details go to the log only. */
function toHttpError(error: unknown, options: ApiOptions): HttpError {
	if (error instanceof HttpError) return error;
	if (error instanceof ViewRequestError) return new HttpError(400, error.message);
	if (error instanceof LimitError) {
		return error.reason === 'busy'
			? new HttpError(429, 'The server is busy; try again in a moment.', { 'retry-after': '1' })
			: new HttpError(503, 'The server is too busy to answer in time; try again shortly.', {
					'retry-after': '2'
				});
	}
	if (error instanceof QueryInterrupted) {
		return error.why === 'timeout'
			? new HttpError(
					504,
					`The query took longer than ${options.timeoutMs / 1000} s and was stopped.`
				)
			: new HttpError(499, 'The request was cancelled.');
	}
	if (error instanceof ResultTooLarge) {
		return new HttpError(
			413,
			`The answer has ${error.rows} rows, more than the ${options.maxRows} one response carries; ask for a window of rows.`
		);
	}
	const id = randomUUID().slice(0, 8);
	const detail = error instanceof Error ? error.message : String(error);
	options.log(`error ${id}: ${detail.split('\n')[0]}`);
	if (/out of memory/i.test(detail)) {
		return new HttpError(503, `The server ran out of memory for this view (error ${id}).`);
	}
	return new HttpError(500, `The server could not answer this view (error ${id}).`);
}

/** The request handler of the server. */
export function createHandler(db: ServerDatabase, limiter: Limiter, options: ApiOptions) {
	const manifest = JSON.stringify({ ...db.folder.manifest, server: { api: API_PATH.slice(1) } });
	const pages = prerenderedFits(db.folder.manifest, builtManifest(options.buildDir))
		? 'prerendered'
		: 'shell';

	async function answerView(req: IncomingMessage, res: ServerResponse) {
		const type = String(req.headers['content-type'] ?? '');
		if (!type.startsWith('application/json')) {
			req.resume();
			throw new HttpError(415, 'A view request is sent as application/json.');
		}
		const request = await readBody(req, options.bodyLimit);
		const spec = buildViewRequest(request, { domain: db.domain });
		const gone = new AbortController();
		res.on('close', () => {
			if (!res.writableFinished) gone.abort();
		});
		const ipc = await limiter.run(() =>
			db.run(spec, { timeoutMs: options.timeoutMs, signal: gone.signal, maxRows: options.maxRows })
		);
		if (res.destroyed) return;
		res.writeHead(200, {
			...SECURITY_HEADERS,
			'content-type': 'application/vnd.apache.arrow.stream',
			'content-length': ipc.byteLength
		});
		res.end(ipc);
	}

	return async (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://server');
		const path = url.pathname;
		try {
			if (path === `${API_PATH}/view`) {
				if (req.method !== 'POST')
					throw new HttpError(405, 'Views are asked for with POST.', { allow: 'POST' });
				await answerView(req, res);
			} else if (path === `${API_PATH}/health`) {
				sendJson(res, 200, {
					status: 'ok',
					version: db.folder.manifest.version,
					running: limiter.running,
					waiting: limiter.waiting
				});
			} else if (path.startsWith(`${API_PATH}/`) || path === API_PATH) {
				throw new HttpError(404, 'No such API route; the server answers view requests only.');
			} else if (req.method !== 'GET' && req.method !== 'HEAD') {
				throw new HttpError(405, 'The site is read-only.', { allow: 'GET, HEAD' });
			} else if (path === '/data/manifest.json') {
				res.writeHead(200, {
					...SECURITY_HEADERS,
					'content-type': 'application/json; charset=utf-8',
					'content-length': Buffer.byteLength(manifest)
				});
				res.end(req.method === 'HEAD' ? undefined : manifest);
			} else {
				serveStatic(options.buildDir, req, res, path, pages);
			}
		} catch (error) {
			const http = toHttpError(error, options);
			if (http.status === 499) {
				res.destroy();
				return;
			}
			sendJson(res, http.status, { error: http.message }, http.headers);
		}
	};
}
