import { defineMessages } from '../define';

/** The outcomes estimator (difference-in-differences): why an estimate is not estimable, labels. */
export const outcomes = defineMessages(
	{
		'outcomes.reason.no-treated':
			'Not estimable: no place under these filters joined the pilot inside the chosen months.',
		'outcomes.reason.no-variation':
			'Not estimable: every place in the data joined in the same month and none stayed outside the pilot, so there is nothing to compare with.',
		'outcomes.reason.few-pre-months':
			'Not estimable: only {available} months of data before joining; the base needs {needed}.',
		'outcomes.reason.few-pre-months.range':
			'Not estimable: the chosen months start {available} months before joining; the base needs {needed} (choose an earlier start).',
		'outcomes.reason.no-post-months': 'Not estimable: the places joined after the last month used.',
		'outcomes.reason.few-post-months':
			'Not estimable: only {available} of the {needed} months after joining are in the chosen months.',
		'outcomes.reason.single-place-group':
			'Not estimable: a group of one place (its effect cannot be told from its own noise).',
		'outcomes.reason.few-treated':
			'Not estimable: {n} places with usable values; at least {min} are needed.',
		'outcomes.reason.no-comparison':
			'Not estimable: no place outside the pilot in {month} (every place in the data had joined).',
		'outcomes.reason.few-controls':
			'Not estimable: {n} comparison places; at least {min} are needed.',
		'outcomes.reason.log-nonpositive':
			'Not estimable on growth (logs): {places} places have zero or negative values ({months} place-months); use levels, or other filters.',
		'outcomes.reason.zero-sum-log':
			'Not estimable on growth (logs): no cases in a month of the group or of its comparison places, so the log rate is undefined; use levels.',
		'outcomes.reason.zero-denominator': 'Not estimable: no orders to divide by.',
		'outcomes.reason.incomplete-horizon':
			'Not estimable: {missing} of the {months} months after joining cannot be estimated.',
		'outcomes.reason.no-estimable-group': 'Not estimable: none of its joining groups is estimable.',
		'outcomes.reason.no-pre-periods':
			'No pre-trend test: no month before joining can be estimated.',
		'outcomes.who': '{cohort} cohort ({places} of {selected} places)',
		'outcomes.who.all': 'All cohorts ({places} of {selected} places)',
		'outcomes.sentence.log':
			'{who}: {change} ({level}% band {lower} to {upper}) {horizon} against {comparison}; pre-trend test p {p}.',
		'outcomes.sentence.level':
			'{who}: {change} per place and month ({level}% band {lower} to {upper}) {horizon} against {comparison}; pre-trend test p {p}.',
		'outcomes.sentence.none': '{who}: {reason}',
		'outcomes.horizon.months': 'in their first {months} months',
		'outcomes.horizon.all': 'over all their months after joining',
		'outcomes.comparison.not-yet': 'places not yet in the pilot',
		'outcomes.comparison.never': 'places that never joined',
		'outcomes.noPreTrend': 'not testable',
		'outcomes.place.never': 'never joined',
		'outcomes.place.modelled':
			'modelled: stands for the prefectures of its province outside every pilot city; which ones is not read from a list',
		'outcomes.place.note':
			'A comparison place of the sample model, not a city of the pilot: it is read against the other places outside the pilot (per place). Its imports are direct purchase (9610) only, and modelled.',
		'outcomes.about.title': 'Outside the pilot: modelled comparison places',
		'outcomes.about.text':
			'Every place of the list joins by March 2021, so the sample adds {n} places that never join: one per province for the part of it outside every pilot city, with direct-purchase (9610) imports only, inside the calibrated national totals. They give the estimate of what joining changed a comparison group for every phase. They are modelled, not a list that was read; an analyst’s own national data would bring the real ones. They are in no cohort, on no map and in no pilot count.',
		'outcomes.about.places': '{n} modelled comparison places',
		'outcomes.series.some': '{cohort}: {phases} only',
		'outcomes.series.places.named': '{n} places, all named',
		'outcomes.series.places.inferred': '{n} places, all inferred',
		'outcomes.series.places.both': '{n} places ({named} named, {inferred} inferred)',
		'outcomes.series.label': '{name} · {places}',
		'outcomes.series.indexCoverage':
			'{name}: {places} of {of} places have 12 months of data before they joined and make up the index line.'
	},
	{
		'outcomes.reason.no-treated': '无法估计：在所选月份内，符合筛选条件的地区都没有加入试点。',
		'outcomes.reason.no-variation':
			'无法估计：数据中所有地区在同一月份加入试点，且没有试点外地区，无从比较。',
		'outcomes.reason.few-pre-months':
			'无法估计：加入前只有{available}个月的数据，基期需要{needed}个月。',
		'outcomes.reason.few-pre-months.range':
			'无法估计：所选月份从加入前{available}个月开始，基期需要{needed}个月（请选更早的起始月）。',
		'outcomes.reason.no-post-months': '无法估计：这些地区在所用的最后一个月之后才加入。',
		'outcomes.reason.few-post-months':
			'无法估计：加入后的{needed}个月中，只有{available}个月在所选月份内。',
		'outcomes.reason.single-place-group':
			'无法估计：该组只有一个地区（其效应无法与自身波动区分）。',
		'outcomes.reason.few-treated': '无法估计：只有{n}个地区有可用数值，至少需要{min}个。',
		'outcomes.reason.no-comparison':
			'无法估计：{month}没有试点外的地区（数据中所有地区都已加入）。',
		'outcomes.reason.few-controls': '无法估计：只有{n}个比较地区，至少需要{min}个。',
		'outcomes.reason.log-nonpositive':
			'无法按增长（对数）估计：{places}个地区有零值或负值（{months}个地区月）；请改用水平值或其他筛选条件。',
		'outcomes.reason.zero-sum-log':
			'无法按增长（对数）估计：该组或其比较地区某月没有案件，对数比率无定义；请改用水平值。',
		'outcomes.reason.zero-denominator': '无法估计：没有可作分母的订单。',
		'outcomes.reason.incomplete-horizon':
			'无法估计：加入后的{months}个月中有{missing}个月无法估计。',
		'outcomes.reason.no-estimable-group': '无法估计：其加入组均无法估计。',
		'outcomes.reason.no-pre-periods': '无法做预趋势检验：加入前没有可估计的月份。',
		'outcomes.who': '{cohort}批次（{selected}个地区中的{places}个）',
		'outcomes.who.all': '全部批次（{selected}个地区中的{places}个）',
		'outcomes.sentence.log':
			'{who}：{horizon}{change}（{level}%区间{lower}至{upper}），比较对象为{comparison}；预趋势检验p {p}。',
		'outcomes.sentence.level':
			'{who}：{horizon}每个地区每月{change}（{level}%区间{lower}至{upper}），比较对象为{comparison}；预趋势检验p {p}。',
		'outcomes.sentence.none': '{who}：{reason}',
		'outcomes.horizon.months': '加入后前{months}个月',
		'outcomes.horizon.all': '加入后全部月份',
		'outcomes.comparison.not-yet': '尚未加入试点的地区',
		'outcomes.comparison.never': '从未加入的地区',
		'outcomes.noPreTrend': '无法检验',
		'outcomes.place.never': '从未加入',
		'outcomes.place.modelled':
			'模型生成：代表该省所有试点城市以外的地级地区；具体是哪些并非来自名单',
		'outcomes.place.note':
			'这是样本模型中的比较地区，不是试点城市：与其他试点外地区（每个地区平均）比较。其进口只有直购进口（9610），且为模型生成。',
		'outcomes.about.title': '试点外：模型生成的比较地区',
		'outcomes.about.text':
			'名单中的所有地区在2021年3月前都已加入，因此样本另加{n}个从未加入的地区：每省一个，代表该省所有试点城市以外的部分，只有直购进口（9610），并计入校准后的全国总量。它们为估计加入试点的效果提供各阶段的比较组。它们由模型生成，并非来自名单；分析人员自己的全国数据会带来真实的地区。它们不属于任何批次，不出现在地图上，也不计入试点数量。',
		'outcomes.about.places': '{n}个模型生成的比较地区',
		'outcomes.series.some': '{cohort}：仅{phases}',
		'outcomes.series.places.named': '{n}个地区，均有明确来源',
		'outcomes.series.places.inferred': '{n}个地区，均为推断',
		'outcomes.series.places.both': '{n}个地区：{named}个有明确来源，{inferred}个为推断',
		'outcomes.series.label': '{name}（{places}）',
		'outcomes.series.indexCoverage':
			'{name}：{of}个地区中有{places}个在加入前有12个月的数据，构成指数线。'
	}
);
