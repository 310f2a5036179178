/**
 * Loads an analyst's rows into a contract table without risking what is loaded: the rows go into
 * a staging table with the contract's types and NOT NULLs, are checked (keys unique, no clash
 * with kept rows when adding), and only then swap in inside one transaction. On any failure the
 * staging table is dropped and the old table is untouched.
 */
import type { TableSpec } from '../schema';
import { createTableSql } from '../queries/ddl';
import { DataError } from './errors';
import { quoteIdent } from './identifiers';

/** The few engine calls the swap needs; the wasm connection and the tests' engine both fit. */
export interface SqlExec {
	run(sql: string): Promise<void>;
	count(sql: string): Promise<number>;
	insertIpc(table: string, bytes: Uint8Array): Promise<void>;
}

export type LoadMode = 'replace' | 'add';

/** Loads Arrow IPC stream bytes into `spec`'s table; returns the table's row count after. */
export async function loadAtomically(
	exec: SqlExec,
	spec: TableSpec,
	bytes: Uint8Array,
	mode: LoadMode
): Promise<number> {
	const target = quoteIdent(spec.name);
	const raw = quoteIdent(`__upload_raw_${spec.name}`);
	const staging = quoteIdent(`__staging_${spec.name}`);
	const cols = spec.columns.map((c) => quoteIdent(c.name)).join(', ');
	const keys = spec.primaryKey.map(quoteIdent);
	const cleanUp = async () => {
		await exec.run(`DROP TABLE IF EXISTS ${raw}`);
		await exec.run(`DROP TABLE IF EXISTS ${staging}`);
	};
	await cleanUp();
	try {
		await exec.insertIpc(`__upload_raw_${spec.name}`, bytes);
		await exec.run(createTableSql({ ...spec, name: `__staging_${spec.name}` }));
		await exec.run(`INSERT INTO ${staging} SELECT ${cols} FROM ${raw}`);
		const repeated = await exec.count(
			`SELECT (count(*) - count(DISTINCT (${keys.join(', ')})))::INTEGER AS n FROM ${staging}`
		);
		if (repeated > 0) throw new DataError(`The file repeats ${repeated} keys.`);
		if (mode === 'add') {
			const clash = await exec.count(
				`SELECT count(*)::INTEGER AS n FROM ${staging} s JOIN ${target} t USING (${keys.join(', ')})`
			);
			if (clash > 0) {
				throw new DataError(`${clash} rows of the file are already loaded (same keys).`);
			}
		}
	} catch (error) {
		await cleanUp();
		throw error;
	}
	await exec.run('BEGIN TRANSACTION');
	try {
		if (mode === 'replace') {
			await exec.run(`DROP TABLE IF EXISTS ${target}`);
			await exec.run(`ALTER TABLE ${staging} RENAME TO ${target}`);
		} else {
			await exec.run(`INSERT INTO ${target} SELECT ${cols} FROM ${staging}`);
			await exec.run(`DROP TABLE ${staging}`);
		}
		await exec.run(`DROP TABLE IF EXISTS ${raw}`);
		await exec.run('COMMIT');
	} catch (error) {
		await exec.run('ROLLBACK');
		await cleanUp();
		throw error;
	}
	return exec.count(`SELECT count(*)::INTEGER AS n FROM ${target}`);
}
