/**
 * City and province codes as the data uses them: the GB/T 2260 code, except Xiong'an New Area,
 * which has none of its own and gets 'x-xiongan' (in Hebei, 130000).
 */
export const XIONGAN = { name_en: "Xiong'an New Area", code: 'x-xiongan', province_code: '130000' };

/** The data's city code for a reference row's admin_code ('' only for Xiong'an). */
export function cityCodeOf(adminCode: string): string {
	return adminCode === '' ? XIONGAN.code : adminCode;
}

/** The GB/T 2260 province code of a city code: first two digits + '0000'. */
export function provinceCodeOf(cityCode: string): string {
	return cityCode === XIONGAN.code ? XIONGAN.province_code : `${cityCode.slice(0, 2)}0000`;
}
