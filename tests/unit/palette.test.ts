import { describe, expect, test } from 'vitest';
import {
	CATEGORY_COLOURS,
	CHANNEL_COLOURS,
	COHORT_COLOURS,
	PHASE_COLOURS,
	VIOLATION_TYPE_COLOURS,
	categoryColour
} from '../../src/lib/charts/palette';
import { CVD, deltaE } from '../helpers/cvd';
import { referenceCsv } from '../helpers/reference';

describe('category palette', () => {
	test('every reference category has its own colour', () => {
		const ids = referenceCsv('categories').map((c) => c.id!);
		expect(Object.keys(CATEGORY_COLOURS).sort()).toEqual([...ids].sort());
		expect(new Set(ids.map(categoryColour)).size).toBe(ids.length);
		expect(categoryColour('not-a-category')).toBe('#767676');
	});

	test.each(Object.entries(CVD))('pairs stay ≥ 15 ΔE apart under %s', (_, matrix) => {
		const colours = Object.values(CATEGORY_COLOURS);
		for (let i = 0; i < colours.length; i++)
			for (let j = i + 1; j < colours.length; j++)
				expect(deltaE(colours[i]!, colours[j]!, matrix)).toBeGreaterThanOrEqual(15);
	});

	test('phase colours are unchanged', () => {
		expect(PHASE_COLOURS).toEqual({
			t2016: '#003F63',
			t2017: '#0072B2',
			p2018: '#56B4E9',
			p2020: '#D55E00',
			p2021: '#009E73'
		});
	});
});

describe('channel and violation-type colours', () => {
	test('every violation type has a colour, none shared with a cohort', () => {
		const ids = referenceCsv('violation_types').map((v) => v.id!);
		expect(Object.keys(VIOLATION_TYPE_COLOURS).sort()).toEqual([...ids].sort());
		const cohorts = new Set(Object.values(COHORT_COLOURS));
		expect(Object.values(VIOLATION_TYPE_COLOURS).some((c) => cohorts.has(c))).toBe(false);
	});

	test.each(Object.entries(CVD))('types and channels stay ≥ 15 ΔE apart under %s', (_, m) => {
		for (const palette of [VIOLATION_TYPE_COLOURS, CHANNEL_COLOURS]) {
			const colours = Object.values(palette);
			for (let i = 0; i < colours.length; i++)
				for (let j = i + 1; j < colours.length; j++)
					expect(deltaE(colours[i]!, colours[j]!, m)).toBeGreaterThanOrEqual(15);
		}
	});
});
