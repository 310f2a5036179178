/**
 * Parquet data folders for the server's tests, written by the real pipeline (the generator's
 * Parquet writer) into a fresh temporary folder, and a server started on one of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeParquetDataset } from '../../scripts/generate/parquet';
import { manifestJson } from '../../scripts/generate/dataset';
import { writeFileSync } from 'node:fs';
import { createHandler, type ApiOptions } from '../../server/api';
import { ServerDatabase, type DatabaseOptions } from '../../server/database';
import { Limiter, type LimiterOptions } from '../../server/limiter';

/** A folder written by `npm run data -- --format parquet [--scale N]`; remove it when done. */
export async function parquetFolder(scaleRows?: number): Promise<string> {
	const out = mkdtempSync(join(tmpdir(), 'pa-parquet-'));
	const manifest = await writeParquetDataset({ out, scaleRows });
	writeFileSync(join(out, 'manifest.json'), manifestJson(manifest));
	return out;
}

export const TEST_DB: DatabaseOptions = {
	threads: 2,
	memoryLimit: '1GB',
	connections: 2,
	preaggregate: true,
	inMemoryRows: 20_000_000
};

export interface RunningServer {
	readonly url: string;
	readonly db: ServerDatabase;
	readonly logs: string[];
	close(): Promise<void>;
}

/** The server's handler on a free local port, over `dir`. */
export async function startServer(
	dir: string,
	{
		db: dbOptions = {},
		limits = {},
		api = {}
	}: {
		db?: Partial<DatabaseOptions>;
		limits?: Partial<LimiterOptions>;
		api?: Partial<ApiOptions>;
	} = {}
): Promise<RunningServer> {
	const db = await ServerDatabase.open(dir, { ...TEST_DB, ...dbOptions });
	const limiter = new Limiter({
		active: TEST_DB.connections,
		queued: 32,
		waitMs: 10_000,
		...limits
	});
	const logs: string[] = [];
	const handler = createHandler(db, limiter, {
		buildDir: resolve('build'),
		bodyLimit: 64 * 1024,
		timeoutMs: 10_000,
		maxRows: 1_000_000,
		log: (line) => logs.push(line),
		...api
	});
	// Tests block the event loop with synchronous wasm queries for seconds; a shorter keep-alive
	// would close a socket just as the client reuses it (ECONNRESET).
	const server: Server = createServer(
		{ keepAliveTimeout: 120_000 },
		(req, res) => void handler(req, res)
	);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address() as { port: number };
	return {
		url: `http://127.0.0.1:${address.port}`,
		db,
		logs,
		close: () =>
			new Promise<void>((done) => {
				limiter.close();
				server.closeAllConnections();
				server.close(() => {
					db.close();
					done();
				});
			})
	};
}

export function removeFolder(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
