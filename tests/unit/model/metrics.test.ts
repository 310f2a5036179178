import { describe, expect, test } from 'vitest';
import {
	COMPLIANCE_METRICS,
	FILTER_METRICS,
	isAdditive,
	metricFromSums
} from '../../../src/lib/model/metrics';
import { metricAggregate } from '../../../src/lib/queries/metric-sql';
import { openTestDb } from '../../helpers/duckdb';

describe('metrics registry', () => {
	test('sums are additive, ratios are not', () => {
		expect(isAdditive('value')).toBe(true);
		expect(isAdditive('orders')).toBe(true);
		expect(isAdditive('aov')).toBe(false);
		expect(isAdditive(COMPLIANCE_METRICS.rate)).toBe(false);
	});

	test('a ratio is recomputed from sums and is null without a denominator', () => {
		expect(metricFromSums('aov', { value: 300, orders: 4 })).toBe(75);
		expect(metricFromSums('aov', { value: 300, orders: 0 })).toBeNull();
		expect(metricFromSums(COMPLIANCE_METRICS.rate, { cases: 3, orders: 20_000 })).toBeCloseTo(
			1.5,
			12
		);
		expect(metricFromSums('value', {})).toBeNull();
	});

	test('the SQL and the JavaScript derivation agree on the same rows', async () => {
		const db = await openTestDb();
		try {
			db.conn.query(`CREATE TABLE t (value_cny DOUBLE, orders BIGINT, cases BIGINT)`);
			db.conn.query(`INSERT INTO t VALUES (100, 4, 1), (260, 6, 0), (40, 0, 2)`);
			const sums = { value: 400, orders: 10, cases: 3, flagged: 400 };
			for (const metric of [...Object.values(FILTER_METRICS), COMPLIANCE_METRICS.rate]) {
				const q = metricAggregate(metric, 't');
				const [row] = db.rows<{ m: number }>(`SELECT ${q.sql} AS m FROM t`, q.params);
				expect(row!.m).toBeCloseTo(metricFromSums(metric, sums)!, 9);
			}
		} finally {
			db.close();
		}
	});
});
