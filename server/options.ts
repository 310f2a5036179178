/**
 * `npm run serve -- --data DIR [options]`: the options, their defaults and their checks. Defaults
 * are safe for a laptop: local address only, two-thirds of the cores and a memory cap for DuckDB,
 * four queries at once with 64 waiting, 15 s per query, 64 KiB per request.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export interface ServeOptions {
	readonly data: string;
	readonly build: string;
	readonly host: string;
	readonly port: number;
	readonly threads: number;
	readonly memoryLimit: string;
	readonly connections: number;
	readonly queue: number;
	readonly timeoutMs: number;
	readonly bodyLimit: number;
	readonly maxRows: number;
	readonly preaggregate: boolean;
	readonly inMemoryRows: number;
}

export const USAGE = `npm run serve -- --data DIR [--port 4180] [--host 127.0.0.1] [--threads N]
  [--memory 2GB] [--connections 4] [--queue 64] [--timeout 15] [--body-limit 65536]
  [--max-rows 1000000] [--in-memory-rows 20000000] [--no-preaggregate] [--build build]`;

function int(name: string, text: string, min: number, max: number): number {
	const n = Number(text);
	if (!Number.isInteger(n) || n < min || n > max) {
		throw new Error(`--${name}: '${text}' is not a whole number from ${min} to ${max}`);
	}
	return n;
}

/** Parses the command line (without `node script`). Throws with a readable message. */
export function parseServeOptions(argv: readonly string[]): ServeOptions {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			data: { type: 'string' },
			build: { type: 'string', default: 'build' },
			host: { type: 'string', default: '127.0.0.1' },
			port: { type: 'string', default: process.env.PA_PORT ?? '4180' },
			threads: { type: 'string' },
			memory: { type: 'string', default: '2GB' },
			connections: { type: 'string', default: '4' },
			queue: { type: 'string', default: '64' },
			timeout: { type: 'string', default: '15' },
			'body-limit': { type: 'string', default: String(64 * 1024) },
			'max-rows': { type: 'string', default: '1000000' },
			'in-memory-rows': { type: 'string', default: '20000000' },
			'no-preaggregate': { type: 'boolean', default: false }
		},
		strict: true
	});
	if (!values.data)
		throw new Error(
			'--data DIR is required: a folder written by `npm run data -- --format parquet`.'
		);
	if (!/^\d+(\.\d+)?\s*(MB|GB|MiB|GiB)$/i.test(values.memory!)) {
		throw new Error(`--memory: '${values.memory}' is not a size such as 512MB or 2GB`);
	}
	const cores = availableParallelism();
	return {
		data: values.data,
		build: values.build!,
		host: values.host!,
		port: int('port', values.port!, 0, 65_535),
		threads: values.threads
			? int('threads', values.threads, 1, 256)
			: Math.max(1, Math.ceil((cores * 2) / 3)),
		memoryLimit: values.memory!,
		connections: int('connections', values.connections!, 1, 64),
		queue: int('queue', values.queue!, 0, 10_000),
		timeoutMs: int('timeout', values.timeout!, 1, 3_600) * 1000,
		bodyLimit: int('body-limit', values['body-limit']!, 256, 16 * 1024 * 1024),
		maxRows: int('max-rows', values['max-rows']!, 1, 100_000_000),
		preaggregate: !values['no-preaggregate'],
		inMemoryRows: int('in-memory-rows', values['in-memory-rows']!, 0, 2_000_000_000)
	};
}
