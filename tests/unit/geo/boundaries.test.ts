import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BoundaryFileError, readBoundaryText } from '../../../src/lib/geo/boundary-file';
import {
	detectCodeProperty,
	matchBoundaries,
	normaliseCode
} from '../../../src/lib/geo/boundary-codes';
import { isD3Wound } from '../../../src/lib/geo/rewind';
import { PROVINCE_CODES, REFERENCE_CITY_CODES } from '../../helpers/map-reference';

const fixture = (name: string) =>
	readFileSync(resolve(import.meta.dirname, '../../fixtures/boundaries', name), 'utf8');
const reference = { provinces: PROVINCE_CODES, cities: REFERENCE_CITY_CODES };

describe('normaliseCode', () => {
	test.each([
		[110000, '110000'],
		['310000', '310000'],
		['44', '440000'],
		['3301', '330100'],
		['330100000000', '330100'],
		[' 120000 ', '120000'],
		['11010', null],
		['abc', null],
		[1.5, null],
		[null, null]
	])('%j → %j', (input, want) => expect(normaliseCode(input)).toBe(want));
});

describe('readBoundaryText', () => {
	test('reads GeoJSON and rewinds its RFC 7946 rings for d3', () => {
		const { format, features } = readBoundaryText(fixture('provinces-squares.geojson'));
		expect(format).toBe('GeoJSON');
		expect(features).toHaveLength(6);
		expect(features.every((f) => isD3Wound(f.geometry))).toBe(true);
	});

	test('reads TopoJSON into the same features', () => {
		const { format, features } = readBoundaryText(fixture('provinces-squares.topojson'));
		expect(format).toBe('TopoJSON');
		expect(features.map((f) => f.properties.adcode)).toEqual([
			110000, 310000, 440000, 330000, 710000, 990000
		]);
		expect(features.every((f) => isD3Wound(f.geometry))).toBe(true);
	});

	test.each([
		['broken-truncated.geojson', /not valid JSON/],
		['broken-points.geojson', /no polygons/],
		['broken-projected.geojson', /longitude and latitude in degrees/]
	])('%s is refused with a message', (name, message) => {
		expect(() => readBoundaryText(fixture(name))).toThrow(BoundaryFileError);
		expect(() => readBoundaryText(fixture(name))).toThrow(message);
	});

	test('JSON that is not geography is refused', () => {
		expect(() => readBoundaryText('{"a": 1}')).toThrow(/no "type"/);
		expect(() => readBoundaryText('{"type": "Banana"}')).toThrow(/not a GeoJSON or TopoJSON type/);
	});
});

describe('matchBoundaries', () => {
	test('a province file: matched, unmatched and missing provinces', () => {
		const { features } = readBoundaryText(fixture('provinces-squares.geojson'));
		const m = matchBoundaries(features, reference);
		expect(m.level).toBe('province');
		expect(m.codeProperty).toBe('adcode');
		expect(m.matched.map((x) => x.code)).toEqual([
			'110000',
			'310000',
			'440000',
			'330000',
			'710000'
		]);
		expect(m.unmatched).toMatchObject([{ code: null, name: 'Nowhere' }]);
		expect(m.missing).toHaveLength(34 - 5);
	});

	test('a city file keyed by "code": cities outside the reference are reported, not dropped', () => {
		const { features } = readBoundaryText(fixture('cities-squares.geojson'));
		const m = matchBoundaries(features, reference);
		expect(m.level).toBe('city');
		expect(m.codeProperty).toBe('code');
		expect(m.matched.map((x) => x.code)).toEqual(['330100', '330200']);
		expect(m.unmatched).toMatchObject([{ code: '330900', name: '舟山市' }]);
	});

	test('a file without codes, or with codes that match nothing, is refused', () => {
		const { features } = readBoundaryText(fixture('broken-no-codes.geojson'));
		expect(() => detectCodeProperty(features)).toThrow(/No property holds GB\/T 2260 codes/);
		const nowhere = readBoundaryText(fixture('provinces-squares.geojson')).features.slice(5);
		expect(() => matchBoundaries(nowhere, reference)).toThrow(/None of the 1 features/);
	});

	test('an unusual property name is found when its values are codes', () => {
		const { features } = readBoundaryText(fixture('provinces-squares.geojson'));
		const renamed = features.map((f) => ({
			...f,
			properties: { label: f.properties.name, PAC: String(f.properties.adcode) }
		}));
		expect(detectCodeProperty(renamed)).toBe('PAC');
	});
});
