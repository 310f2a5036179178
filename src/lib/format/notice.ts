/**
 * Document numbers of the notices the product cites, written ONE way per language: in Chinese the
 * official form (商财发〔2021〕39号, 海关总署公告2016年第75号), in English "Shang Cai Fa [2021]
 * No. 39" and "GACC Announcement [2016] No. 75". Every place that shows a number goes through
 * here: the catalogues as `{notice:商财发〔2021〕39号}` (see i18n), the data's `notice_no` column,
 * and the tests that hold the reference data's free text to the same forms.
 */
import type { Locale } from './number';

export interface NoticeNumber {
	/** The issuing code as the Chinese number writes it: 商财发, 国函, 财关税, 海关总署公告. */
	readonly issuer: string;
	readonly year: number;
	readonly no: number;
}

/** Issuers we cite, with the English (pinyin) form of their code. */
export const ISSUERS: Readonly<Record<string, string>> = {
	商财发: 'Shang Cai Fa',
	国函: 'Guo Han',
	财关税: 'Cai Guan Shui',
	海关总署公告: 'GACC Announcement'
};

/** GACC announcements are numbered "2016年第75号" after the issuer, not "〔2016〕75号". */
const ANNOUNCEMENT = '海关总署公告';

const ZH_RE = /^(\p{Script=Han}+)〔(\d{4})〕(\d+)号$/u;
const ZH_ANNOUNCEMENT_RE = /^海关总署公告(\d{4})年第(\d+)号$/u;
const EN_RE = /^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*) \[(\d{4})\] No\. (\d+)$/;

/** Statements without a document number, in the Chinese form the data holds, with their English. */
const UNNUMBERED: Readonly<Record<string, string>> = {
	'商务部例行新闻发布会（2017年12月7日）': 'MOFCOM regular press conference, 7 Dec 2017'
};

/** Reads a notice number in either language's canonical form; undefined for anything else. */
export function parseNoticeNumber(text: string): NoticeNumber | undefined {
	const announcement = ZH_ANNOUNCEMENT_RE.exec(text);
	if (announcement) {
		return { issuer: ANNOUNCEMENT, year: Number(announcement[1]), no: Number(announcement[2]) };
	}
	const zh = ZH_RE.exec(text);
	if (zh && zh[1]! in ISSUERS) return { issuer: zh[1]!, year: Number(zh[2]), no: Number(zh[3]) };
	const en = EN_RE.exec(text);
	if (en) {
		const issuer = Object.keys(ISSUERS).find((k) => ISSUERS[k] === en[1]);
		if (issuer) return { issuer, year: Number(en[2]), no: Number(en[3]) };
	}
	return undefined;
}

/** A notice number in a language's one form. */
export function formatNoticeNumber(n: NoticeNumber, locale: Locale): string {
	if (locale === 'en') return `${ISSUERS[n.issuer] ?? n.issuer} [${n.year}] No. ${n.no}`;
	return n.issuer === ANNOUNCEMENT
		? `${ANNOUNCEMENT}${n.year}年第${n.no}号`
		: `${n.issuer}〔${n.year}〕${n.no}号`;
}

/**
 * A notice reference as the data or a catalogue writes it (a number in either form, or an
 * unnumbered statement), in a language. Unknown text is returned unchanged, never guessed at.
 */
export function formatNotice(ref: string, locale: Locale): string {
	const n = parseNoticeNumber(ref);
	if (n) return formatNoticeNumber(n, locale);
	if (locale === 'en' && ref in UNNUMBERED) return UNNUMBERED[ref]!;
	const zh = Object.keys(UNNUMBERED).find((k) => UNNUMBERED[k] === ref);
	return locale === 'zh' && zh ? zh : ref;
}

/** Notice-number-like text in a language (for the consistency tests): every match must parse. */
export function noticeLikeIn(text: string, locale: Locale): string[] {
	const re =
		locale === 'zh'
			? /(?:商财发|国函|财关税|国办发|署税发)[^，。；、）\s]{0,14}?号|海关总署公告[^，。；、）\s]{0,12}?号/gu
			: /\b(?:Shang Cai Fa|Guo Han|Cai Guan Shui|GACC Announcement)\b[^,;)]{0,16}?No\. ?\d+/g;
	return [...text.matchAll(re)].map((m) => m[0]);
}
