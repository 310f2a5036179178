import { defineMessages } from '../define';

/** The timeline's outcome views: the answer per phase, the event-time chart, the group × month table. */
export const outcomesView = defineMessages(
	{
		'nav.outcomes': 'What changed',
		'outcomes.view.title': 'What did each phase change?',
		'outcomes.view.units.log': 'Effect of joining on {outcome}: growth, as a change',
		'outcomes.view.units.level': 'Effect of joining on {outcome}, per place and month',
		'outcomes.view.method':
			'One estimate for the whole page (staggered difference-in-differences, Callaway & Sant’Anna 2021): each place is compared with its own 12 months before joining, and that change with the comparison places’ change over the same months. Bands are 95 % simultaneous (multiplier bootstrap, places as clusters). The chart, both tables and the growth table below read the same numbers.',
		'outcomes.view.outcome': 'Outcome',
		'outcomes.view.outcome.rate': 'Violation rate',
		'outcomes.view.scale': 'Effect on',
		'outcomes.view.scale.log': 'Growth (logs)',
		'outcomes.view.scale.level': 'Levels',
		'outcomes.view.vs': 'Compared with',
		'outcomes.view.vs.not-yet': 'Not yet in the pilot',
		'outcomes.view.vs.never': 'Never joined',
		'outcomes.view.comparison.not-yet':
			'Comparison group: in each month, every place in the chosen provinces that has not joined yet, {never} of them modelled places that never join (they stand for the prefectures outside every pilot city, inside the calibrated national totals).',
		'outcomes.view.comparison.never':
			'Comparison group: the {never} modelled places that never join (one per province for the prefectures outside every pilot city, inside the calibrated national totals).',
		'outcomes.view.months':
			'Months used: {from}–{to} (the chosen range is the window of base months and effects alike).',
		'outcomes.view.builtIn':
			'The sample’s model built in {builtIn} for these places; the estimate recovers {estimate}.',
		'outcomes.view.preTrendWarn':
			'The pre-trend test rejects parallel trends at the 5 % level (p {p}): before joining, these places were already moving differently from the comparison group, so the estimate may carry that difference.',
		'outcomes.view.twfe':
			'For comparison, a naive two-way fixed-effects regression gives {change} (95 % interval {lower} to {upper}). It can mislead here: with joining in waves it also compares later joiners with places that had already joined, and gives {cells} of its {of} treated place-months a negative weight (Goodman-Bacon 2021).',
		'outcomes.view.twfe.none': 'A naive two-way fixed-effects regression: {reason}',
		'outcomes.view.dropped':
			'{places} places have zero or negative values in {months} place-months; growth needs positive values, so those months are left out (levels keep them).',
		'outcomes.view.whole': 'No estimate under these filters: {reason}',
		'outcomes.view.timing':
			'Estimated in your browser in {ms} ms ({draws} bootstrap draws, seed “{seed}”).',
		'outcomes.view.cached': 'The estimate for these filters, kept from earlier in this visit.',
		'outcomes.view.export':
			'Download the estimates (every group × month, event time, group and phase)',
		'outcomes.view.source': 'imports and violations tables; estimated in the browser',
		'outcomes.view.held':
			'Estimated for the months chosen before this drag; estimated again when the brush is released.',
		'outcomes.event.title': 'What joining changed, by months since joining',
		'outcomes.event.series': 'Places',
		'outcomes.event.all': 'All phases',
		'outcomes.event.aria':
			'Estimated effect of joining on {outcome} by months since joining, with its 95 % simultaneous band',
		'outcomes.event.placebo': 'Before joining: placebo months (should be near zero)',
		'outcomes.event.band': '95 % simultaneous band',
		'outcomes.event.estimate': 'Estimate',
		'outcomes.event.summary':
			'Each point averages the joining groups’ group × month effects at that many months since joining, weighted by group size; the groups behind a point can change with it (the table counts them). Months before joining are placebos: near zero if the places would have moved like the comparison group. The band covers every month at once (critical value {critical}).',
		'outcomes.event.none': 'No month of this series can be estimated under these filters.',
		'outcomes.col.e': 'Months since joining',
		'outcomes.col.estimate': 'Estimate',
		'outcomes.col.band': '95 % band',
		'outcomes.col.bandValue': '{lower} to {upper}',
		'outcomes.col.se': 'Std. error',
		'outcomes.col.places': 'Places',
		'outcomes.col.groups': 'Groups',
		'outcomes.col.group': 'Joined',
		'outcomes.col.month': 'Month',
		'outcomes.col.controls': 'Comparison places',
		'outcomes.col.phase': 'Phase',
		'outcomes.col.preTrend': 'Pre-trend p',
		'outcomes.col.builtIn': 'Built into the sample',
		'outcomes.col.used': '{places} of {selected}',
		'outcomes.cells.title': 'Group × month effects',
		'outcomes.cells.without': 'Places that joined in {group} ({places}): {reason}',
		'outcomes.cells.note':
			'One row per joining group and calendar month inside the event window (ATT(g, t)): the group’s change since its base months against the comparison places’ change over the same months. The bands are 95 % simultaneous over every row of the table.',
		'timeline.scale.log': 'Log scale',
		'timeline.units.log': '{unit} per month, log scale (equal steps are equal ratios)',
		'timeline.logNonPositive':
			'Some months are zero or less and have no place on a log scale: they are gaps in the lines, not dropped values.'
	},
	{
		'nav.outcomes': '效果',
		'outcomes.view.title': '各阶段带来了什么变化？',
		'outcomes.view.units.log': '加入试点对{outcome}的效应：增长，以变化率表示',
		'outcomes.view.units.level': '加入试点对{outcome}的效应，每个地区每月',
		'outcomes.view.method':
			'全页只用一个估计（交错双重差分，Callaway和Sant’Anna，2021）：每个地区与其加入前12个月比较，再将这一变化与比较地区同期的变化比较。区间为95%联合置信带（乘数自助法，以地区为聚类）。下方的图、两张表和增长表读取的是同一组数字。',
		'outcomes.view.outcome': '结果变量',
		'outcomes.view.outcome.rate': '违规率',
		'outcomes.view.scale': '效应口径',
		'outcomes.view.scale.log': '增长（对数）',
		'outcomes.view.scale.level': '水平值',
		'outcomes.view.vs': '比较对象',
		'outcomes.view.vs.not-yet': '尚未加入试点',
		'outcomes.view.vs.never': '从未加入',
		'outcomes.view.comparison.not-yet':
			'比较组：每个月所选省份中尚未加入的所有地区，其中{never}个是从未加入的模型生成地区（代表所有试点城市以外的地级地区，计入校准后的全国总量）。',
		'outcomes.view.comparison.never':
			'比较组：{never}个从未加入的模型生成地区（每省一个，代表所有试点城市以外的地级地区，计入校准后的全国总量）。',
		'outcomes.view.months': '所用月份：{from}至{to}（所选范围同时限定基期和效应月份）。',
		'outcomes.view.builtIn': '样本模型为这些地区设定的效应为{builtIn}；估计结果为{estimate}。',
		'outcomes.view.preTrendWarn':
			'预趋势检验在5%水平上拒绝平行趋势（p {p}）：加入前，这些地区的走势已与比较组不同，估计值可能包含这一差异。',
		'outcomes.view.twfe':
			'作为对照，朴素双向固定效应回归得到{change}（95%区间{lower}至{upper}）。此处它可能误导：试点分批推开时，它也拿较晚加入的地区与已经加入的地区比较，并给其{of}个处理地区月中的{cells}个赋予负权重（Goodman-Bacon，2021）。',
		'outcomes.view.twfe.none': '朴素双向固定效应回归：{reason}',
		'outcomes.view.dropped':
			'{places}个地区有{months}个地区月为零值或负值；增长口径需要正值，这些月份未纳入（水平值口径保留）。',
		'outcomes.view.whole': '在这些筛选条件下无法估计：{reason}',
		'outcomes.view.timing': '在你的浏览器中估计，用时{ms}毫秒（自助抽样{draws}次，种子“{seed}”）。',
		'outcomes.view.cached': '这些筛选条件的估计结果，沿用本次访问中较早的计算。',
		'outcomes.view.export': '下载估计结果（每个组×月、事件时间、组和阶段）',
		'outcomes.view.source': '进口表和违规表；在浏览器中估计',
		'outcomes.view.held': '按拖动前所选的月份估计；松开选择框后重新估计。',
		'outcomes.event.title': '加入试点带来的变化，按加入后的月数',
		'outcomes.event.series': '地区',
		'outcomes.event.all': '全部阶段',
		'outcomes.event.aria': '加入试点对{outcome}的估计效应（按加入后的月数），含95%联合置信带',
		'outcomes.event.placebo': '加入前：安慰剂月份（应接近零）',
		'outcomes.event.band': '95%联合置信带',
		'outcomes.event.estimate': '估计值',
		'outcomes.event.summary':
			'每个点是各加入组在该事件月的组×月效应按组规模加权的平均；点背后的组可能随事件月变化（数据表列出其数量）。加入前的月份是安慰剂检验：若这些地区本会与比较组同步变化，应接近零。置信带同时覆盖所有月份（临界值{critical}）。',
		'outcomes.event.none': '在这些筛选条件下，该序列没有可估计的月份。',
		'outcomes.col.e': '加入后的月数',
		'outcomes.col.estimate': '估计值',
		'outcomes.col.band': '95%区间',
		'outcomes.col.bandValue': '{lower}至{upper}',
		'outcomes.col.se': '标准误',
		'outcomes.col.places': '地区数',
		'outcomes.col.groups': '组数',
		'outcomes.col.group': '加入',
		'outcomes.col.month': '月份',
		'outcomes.col.controls': '比较地区数',
		'outcomes.col.phase': '阶段',
		'outcomes.col.preTrend': '预趋势p值',
		'outcomes.col.builtIn': '样本模型设定',
		'outcomes.col.used': '{selected}个中的{places}个',
		'outcomes.cells.title': '组×月效应',
		'outcomes.cells.without': '{group}加入的地区（{places}个）：{reason}',
		'outcomes.cells.note':
			'事件窗口内每个加入组和日历月一行（ATT(g, t)）：该组相对其基期的变化，减去比较地区同期的变化。此表区间为对全表各行的95%联合置信带。',
		'timeline.scale.log': '对数刻度',
		'timeline.units.log': '每月{unit}，对数刻度（等距即等比）',
		'timeline.logNonPositive':
			'部分月份为零或负值，无法画在对数刻度上：线中的空缺即为这些月份，数值并未删除。'
	}
);
