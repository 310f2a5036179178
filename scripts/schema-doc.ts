/**
 * Renders the schema section of data/README.md from src/lib/schema.ts, between the markers
 * `<!-- schema:start -->` and `<!-- schema:end -->`.
 *
 *   tsx scripts/schema-doc.ts            rewrite the section
 *   tsx scripts/schema-doc.ts --check    exit 1 when the README is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	TABLES,
	TOTAL_CODE,
	UNKNOWN_CODE,
	type GrainColumns,
	type TableSpec
} from '../src/lib/schema';

export const SCHEMA_START = '<!-- schema:start -->';
export const SCHEMA_END = '<!-- schema:end -->';

/** data/README.md of this repository. */
export const README_PATH = fileURLToPath(new URL('../data/README.md', import.meta.url));

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The Markdown of one table's schema. */
export function renderTable(spec: TableSpec): string {
	const lines = [
		`### \`${spec.name}\` (${spec.kind === 'reference' ? 'reference: facts' : 'modelled: SAMPLE'})`,
		'',
		spec.description,
		'',
		`File \`${spec.name}.arrow\`; primary key ${spec.primaryKey.map((k) => `\`${k}\``).join(', ')}.`,
		'',
		...(spec.grain ? [grainLine(spec.grain), ''] : []),
		'| column | type | nullable | unit | description |',
		'| --- | --- | --- | --- | --- |',
		...spec.columns.map((c) => {
			const nullable = c.nullable === true ? 'yes' : 'no';
			return `| \`${c.name}\` | ${c.type} | ${nullable} | ${cell(c.unit ?? '')} | ${cell(c.description)} |`;
		})
	];
	return lines.join('\n');
}

/** How a fact table states its grain (the grain itself is data: see the README, "Grain"). */
function grainLine(g: GrainColumns): string {
	const breakdowns = g.breakdowns.map((b) => `\`${b}\``).join(', ');
	return (
		`Grain: \`${g.place}\` holds a city or, for a table by province, a province code; ` +
		`\`${g.time}\` the first month of a month, quarter or year; ${breakdowns} a code, ` +
		`\`${TOTAL_CODE}\` (totals over all) or \`${UNKNOWN_CODE}\` (not stated). One grain per loaded table.`
	);
}

/** The whole generated section, markers included. */
export function renderSchemaSection(tables: readonly TableSpec[] = TABLES): string {
	return [
		SCHEMA_START,
		'<!-- Generated from src/lib/schema.ts by `npx tsx scripts/schema-doc.ts`: do not edit by hand. -->',
		'',
		...tables.flatMap((t) => [renderTable(t), '']),
		SCHEMA_END
	].join('\n');
}

/** `readme` with its schema section replaced by `section`; throws when the markers are missing. */
export function replaceSchemaSection(readme: string, section: string): string {
	const start = readme.indexOf(SCHEMA_START);
	const end = readme.indexOf(SCHEMA_END);
	if (start < 0 || end < start) throw new Error(`README lacks ${SCHEMA_START} … ${SCHEMA_END}`);
	return readme.slice(0, start) + section + readme.slice(end + SCHEMA_END.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const readme = readFileSync(README_PATH, 'utf8');
	const updated = replaceSchemaSection(readme, renderSchemaSection());
	if (process.argv.includes('--check')) {
		if (updated !== readme) {
			console.error(
				'data/README.md: the schema section is out of date; run npx tsx scripts/schema-doc.ts'
			);
			process.exit(1);
		}
	} else if (updated !== readme) {
		writeFileSync(README_PATH, updated);
		console.log('data/README.md: schema section updated');
	} else {
		console.log('data/README.md: schema section up to date');
	}
}
