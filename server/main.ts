/**
 * Server mode: the built site and its views answered by native DuckDB over a folder of Parquet.
 *
 *   npm run serve -- --data DIR      (see options.ts for the rest; builds the site if needed)
 *
 * Refuses to start, naming the file and the reason, when the folder does not match the contract.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { createHandler } from './api';
import { DataFolderError } from './data-folder';
import { ServerDatabase } from './database';
import { Limiter } from './limiter';
import { parseServeOptions, USAGE, type ServeOptions } from './options';

const log = (line: string) => console.log(`[pilot-atlas] ${line}`);

function ensureBuild(options: ServeOptions): void {
	if (existsSync(join(options.build, 'index.html'))) return;
	log(`no built site in ${options.build}/: running npm run build first`);
	const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (built.status !== 0) throw new Error('npm run build failed; the site cannot be served.');
}

async function main(): Promise<void> {
	let options: ServeOptions;
	try {
		options = parseServeOptions(process.argv.slice(2));
	} catch (error) {
		console.error(`${(error as Error).message}\n\nusage: ${USAGE}`);
		process.exit(2);
	}
	let db: ServerDatabase;
	try {
		db = await ServerDatabase.open(resolve(options.data), options);
	} catch (error) {
		const reason = error instanceof DataFolderError ? error.message : String(error);
		console.error(`[pilot-atlas] cannot serve ${resolve(options.data)}: ${reason}`);
		process.exit(1);
	}
	try {
		ensureBuild(options);
	} catch (error) {
		console.error(`[pilot-atlas] ${(error as Error).message}`);
		db.close();
		process.exit(1);
	}
	const imports = db.folder.tables.get('imports')!;
	log(
		`${imports.rows.toLocaleString('en')} import rows in ${imports.files.length} file(s)` +
			`${imports.batch ? ' (declaration batches, summed once)' : ''}; ready in ${(db.startupMs / 1000).toFixed(1)} s`
	);
	const limiter = new Limiter({
		active: options.connections,
		queued: options.queue,
		waitMs: options.timeoutMs
	});
	const handler = createHandler(db, limiter, {
		buildDir: resolve(options.build),
		bodyLimit: options.bodyLimit,
		timeoutMs: options.timeoutMs,
		maxRows: options.maxRows,
		log
	});
	const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
		void handler(req, res);
	});
	server.listen(options.port, options.host, () => {
		const address = server.address();
		const port = typeof address === 'object' && address ? address.port : options.port;
		log(`views answered from ${resolve(options.data)}; SQL text from the network: never`);
		log(`http://${options.host}:${port}/`);
	});
	const stop = () => {
		log('stopping');
		limiter.close();
		server.close(() => {
			db.close();
			process.exit(0);
		});
		server.closeAllConnections();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

void main();
