/**
 * City and province codes as the data uses them: the GB/T 2260 code, except Xiong'an New Area,
 * which has none of its own and gets 'x-xiongan' (in Hebei, 130000).
 */
export const XIONGAN = { name_en: "Xiong'an New Area", code: 'x-xiongan', province_code: '130000' };

/** The data's city code for a reference row's admin_code ('' only for Xiong'an). */
export function cityCodeOf(adminCode: string): string {
	return adminCode === '' ? XIONGAN.code : adminCode;
}

/** Code prefix of a modelled comparison place: the part of a province outside the pilot. */
export const COMPARISON_PREFIX = 'x-rest-';

const COMPARISON_CODE = /^x-rest-(\d{2})0000$/;

/** The data's code for the comparison place of a province ('x-rest-140000' for Shanxi). */
export function comparisonCodeOf(provinceCode: string): string {
	if (!/^\d{2}0000$/.test(provinceCode)) throw new Error(`Not a province code: ${provinceCode}`);
	return `${COMPARISON_PREFIX}${provinceCode}`;
}

/** True for the code of a modelled comparison place. */
export function isComparisonCode(code: string): boolean {
	return COMPARISON_CODE.test(code);
}

/** The GB/T 2260 province code of a city code: first two digits + '0000'. */
export function provinceCodeOf(cityCode: string): string {
	if (cityCode === XIONGAN.code) return XIONGAN.province_code;
	const rest = COMPARISON_CODE.exec(cityCode);
	if (rest) return `${rest[1]}0000`;
	return `${cityCode.slice(0, 2)}0000`;
}
