/**
 * `tsx scripts/bench-server/partitions.ts [--data server-data/110m]`: the same
 * declaration batches laid out three ways — one file per month (what the pipeline writes), one
 * file per province, one file — timed for what the server does with them: the start-up sum, a
 * month-range scan and a one-province scan. Writes bench-results/server-partitions.json, which
 * the server benchmark's report includes.
 */
import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export interface LayoutResult {
	readonly layout: string;
	readonly files: number;
	readonly mib: number;
	/** Largest file ÷ smallest: how even the partitions are. */
	readonly skew: number;
	readonly sumMs: number;
	readonly monthRangeMs: number;
	readonly provinceMs: number;
}

const sqlString = (t: string) => `'${t.replaceAll("'", "''")}'`;

function filesOf(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.parquet'))
		.map((f) => join(dir, f))
		.sort();
}

async function best(conn: DuckDBConnection, sql: string, runs = 3): Promise<number> {
	let min = Number.POSITIVE_INFINITY;
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		await conn.run(sql);
		min = Math.min(min, performance.now() - t);
	}
	return min;
}

async function measure(
	conn: DuckDBConnection,
	layout: string,
	files: string[]
): Promise<LayoutResult> {
	const list = `read_parquet([${files.map(sqlString).join(', ')}])`;
	const sizes = files.map((f) => statSync(f).size);
	const sumMs = await best(
		conn,
		`SELECT "month", city_code, category, channel, sum(orders), sum(value_cny) FROM ${list} GROUP BY ALL`,
		2
	);
	const monthRangeMs = await best(
		conn,
		`SELECT sum(value_cny) FROM ${list} WHERE "month" BETWEEN DATE '2021-01-01' AND DATE '2021-12-01'`
	);
	const provinceMs = await best(
		conn,
		`SELECT sum(value_cny) FROM ${list} WHERE city_code LIKE '33%'`
	);
	return {
		layout,
		files: files.length,
		mib: sizes.reduce((s, b) => s + b, 0) / 2 ** 20,
		skew: Math.max(...sizes) / Math.min(...sizes),
		sumMs,
		monthRangeMs,
		provinceMs
	};
}

async function main() {
	const { values } = parseArgs({
		options: { data: { type: 'string', default: 'server-data/110m' } }
	});
	const data = resolve(values.data!);
	const work = mkdtempSync(join(tmpdir(), 'pa-layouts-'));
	const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '2GB' });
	const conn = await instance.connect();
	const load = loadavg()[0]!;
	const { version } = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as {
		version: string;
	};
	try {
		const months = filesOf(join(data, 'imports'));
		const source = `read_parquet([${months.map(sqlString).join(', ')}])`;
		const single = join(work, 'single.parquet');
		await conn.run(
			`COPY (SELECT * FROM ${source}) TO ${sqlString(single)} (FORMAT parquet, COMPRESSION zstd)`
		);
		const byProvince = join(work, 'province');
		await conn.run(
			`COPY (SELECT *, CASE WHEN city_code = 'x-xiongan' THEN '130000' ELSE left(city_code, 2) || '0000' END AS province
				FROM ${source} ORDER BY province, "month", city_code)
			TO ${sqlString(byProvince)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (province))`
		);
		const results = [
			await measure(conn, 'one file per month (the pipeline’s)', months),
			await measure(conn, 'one file per province', filesOf(byProvince)),
			await measure(conn, 'one file', [single])
		];
		for (const r of results) console.log(JSON.stringify(r));
		mkdirSync('bench-results', { recursive: true });
		writeFileSync(
			'bench-results/server-partitions.json',
			JSON.stringify(
				{ date: new Date().toISOString(), load, data: values.data, version, results },
				null,
				'\t'
			)
		);
	} finally {
		conn.closeSync();
		instance.closeSync();
		rmSync(work, { recursive: true, force: true });
	}
}

void main();
