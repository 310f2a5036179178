import { defineMessages } from '../define';

export const timeline = defineMessages(
	{
		'timeline.title': 'Import volume as the pilot expanded',
		'timeline.intro':
			'Did imports grow as the pilot expanded, and how did the cohorts compare? Drag across the chart to choose months: the choice filters every view.',
		'timeline.chart.title': '{metric} per month, by cohort',
		'timeline.chart.aria': 'Line chart of {metric} per month for each cohort',
		'timeline.chart.source': 'imports table; events from the notices',
		'timeline.scale': 'Scale',
		'timeline.scale.absolute': 'Absolute',
		'timeline.scale.per-city': 'Per pilot city',
		'timeline.scale.index': 'Index (year before joining = 100)',
		'timeline.scale.relative': 'Change since the start',
		'timeline.scale.share': 'Share of national',
		'timeline.units.absolute': '{unit} per month',
		'timeline.units.per-city': '{unit} per month per city of the cohort in the data',
		'timeline.units.index':
			'Index: each city’s own 12 months before it joined = 100 (their mean month)',
		'timeline.units.relative':
			'Change on the mean month of the first 12 chosen months (or of the whole data)',
		'timeline.units.share': 'Share of the national total of the same goods',
		'timeline.noBase':
			'{cohort}: no city has 12 months of data before it joined, so it cannot be indexed.',
		'timeline.aovScales':
			'Average order value cannot be split per city or shared; absolute, index, change and log scale only.',
		'timeline.brushHint':
			'Drag across the chart to choose months; click outside the selection to clear it.',
		'timeline.band': '{cohort}: cities joined {from}–{to}',
		'timeline.bandOne': '{cohort}: cities joined {from}',
		'timeline.table.month': 'Month',
		'timeline.period.title': 'The chosen months against a year earlier',
		'timeline.period.units':
			'{metric} in {from}–{to} ({months} months) and the same months a year before',
		'timeline.period.cohort': 'Cohort',
		'timeline.period.now': '{from}–{to}',
		'timeline.period.prev': 'A year earlier',
		'timeline.period.change': 'Change',
		'timeline.period.incomplete':
			'The data starts in January 2016, so months a year before it cannot be compared: choose later months to see the change.',
		'timeline.study.title': 'Raw event study: descriptive means by months since joining',
		'timeline.study.units.index':
			'Per-city {metric}, index: average of the 12 months before joining = 100',
		'timeline.study.units.yoy': 'Per-city {metric}, change on the same month a year earlier',
		'timeline.study.measure': 'Measure',
		'timeline.study.index': 'Index',
		'timeline.study.yoy': 'Year-on-year',
		'timeline.study.k': 'Months since joining',
		'timeline.study.kLabel': 'Month {k} since joining',
		'timeline.study.aria': 'Line chart of each cohort against months since its cities joined',
		'timeline.study.note':
			'Raw descriptive means, not an estimate of what joining changed: each city is aligned on its own joining month, and the cities behind a month change with it (early joiners have no months before 2016, late ones few after; the table counts them). Only the chosen months are used.',
		'timeline.study.cities': 'Cities',
		'timeline.study.joined': 'joined',
		'timeline.growth.title': 'What joining changed in the first 12 months, per phase',
		'timeline.growth.caveat':
			'The same estimate as the answer and the chart above (not a separate calculation), so the three agree. It is causal only under the method’s assumptions: without the pilot, joining places would have moved like the comparison places (the pre-trend test checks the months before joining), and other policies of the same months touched both alike.'
	},
	{
		'timeline.title': '试点扩大过程中的进口规模',
		'timeline.intro':
			'随着试点扩大，进口是否增长？各批次如何比较？在图上拖动以选择月份：所选范围会筛选所有视图。',
		'timeline.chart.title': '各批次每月{metric}',
		'timeline.chart.aria': '各批次每月{metric}折线图',
		'timeline.chart.source': '进口表；事件来自各项通知',
		'timeline.scale': '刻度',
		'timeline.scale.absolute': '绝对值',
		'timeline.scale.per-city': '每个试点城市',
		'timeline.scale.index': '指数（加入前一年=100）',
		'timeline.scale.relative': '较起始期的变化',
		'timeline.scale.share': '占全国比重',
		'timeline.units.absolute': '每月数值（{unit}）',
		'timeline.units.per-city': '每个城市的每月数值（{unit}；按数据中该批次的城市计）',
		'timeline.units.index': '指数：每个城市自身加入前12个月（月均值）=100',
		'timeline.units.relative': '相对所选前12个月（或全部数据）月均值的变化',
		'timeline.units.share': '占全国同类商品总量的比重',
		'timeline.noBase': '{cohort}：没有城市在加入前有12个月的数据，无法计算指数。',
		'timeline.aovScales': '平均单价不能按城市平均或计算比重；只提供绝对值、指数、变化和对数刻度。',
		'timeline.brushHint': '在图上拖动以选择月份；点击所选范围之外可清除。',
		'timeline.band': '{cohort}：城市于{from}—{to}加入',
		'timeline.bandOne': '{cohort}：城市于{from}加入',
		'timeline.table.month': '月份',
		'timeline.period.title': '所选月份与上年同期比较',
		'timeline.period.units': '{from}—{to}（{months}个月）与上年同期的{metric}',
		'timeline.period.cohort': '批次',
		'timeline.period.now': '{from}—{to}',
		'timeline.period.prev': '上年同期',
		'timeline.period.change': '变化',
		'timeline.period.incomplete':
			'数据始于2016年1月，更早的上年同期无法比较：请选择较晚的月份查看变化。',
		'timeline.study.title': '原始事件研究：按加入后月数的描述性均值',
		'timeline.study.units.index': '每个城市的{metric}，指数：加入前12个月平均=100',
		'timeline.study.units.yoy': '每个城市的{metric}，较上年同月变化',
		'timeline.study.measure': '指标',
		'timeline.study.index': '指数',
		'timeline.study.yoy': '同比',
		'timeline.study.k': '加入后的月数',
		'timeline.study.kLabel': '加入后第{k}个月',
		'timeline.study.aria': '各批次按城市加入月份对齐的折线图',
		'timeline.study.note':
			'原始描述性均值，并非加入试点效果的估计：每个城市按其自身加入月份对齐，各月份背后的城市随之变化（较早加入的缺少2016年以前的月份，较晚加入的加入后月份较少；数据表列出城市数）。只使用所选月份。',
		'timeline.study.cities': '城市数',
		'timeline.study.joined': '加入',
		'timeline.growth.title': '各阶段加入后前12个月的变化',
		'timeline.growth.caveat':
			'与上方的结论和图表是同一个估计（并非另行计算），因此三者一致。只有在该方法的假设下才具有因果含义：若没有试点，加入的地区会与比较地区同步变化（预趋势检验检查加入前的月份），且同期其他政策对两者的影响相同。'
	}
);
