import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	README_PATH,
	SCHEMA_END,
	SCHEMA_START,
	renderSchemaSection,
	replaceSchemaSection
} from '../../scripts/schema-doc';
import { TABLES } from '../../src/lib/schema';

describe('data/README.md schema section', () => {
	test('is what scripts/schema-doc.ts renders from src/lib/schema.ts (else run it)', () => {
		const readme = readFileSync(README_PATH, 'utf8');
		expect(replaceSchemaSection(readme, renderSchemaSection())).toBe(readme);
	});

	test('documents every column of every table', () => {
		const section = renderSchemaSection();
		for (const t of TABLES) {
			expect(section).toContain(`### \`${t.name}\``);
			for (const c of t.columns) expect(section).toContain(`| \`${c.name}\` | ${c.type} |`);
		}
	});

	test('refuses a README without the markers', () => {
		expect(() => replaceSchemaSection('# no markers', 'x')).toThrow(/lacks/);
		expect(replaceSchemaSection(`a ${SCHEMA_START} old ${SCHEMA_END} b`, 'new')).toBe('a new b');
	});
});
