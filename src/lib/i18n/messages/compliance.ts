import { defineMessages } from '../define';

export const compliance = defineMessages(
	{
		'compliance.report.summary': 'Compliance: the phases compared',
		'compliance.report.cohortTrend': 'Compliance: violations over time, by phase',
		'compliance.report.typeTrend': 'Compliance: violations over time, by type',
		'compliance.report.funnel': 'Compliance: funnel plot of city rates',
		'compliance.report.league': 'Compliance: city league table',
		'compliance.title': 'Where the rules are broken: violations by phase',
		'compliance.intro':
			'The March 2021 notice ({notice:商财发〔2021〕39号}) ordered pilot cities to “strictly implement regulatory requirements” and to investigate “bonded online shopping + offline pickup” and resale. This page compares the phases on how often the rules are broken.',
		'compliance.noNational':
			'No national violation rate is published, only individual enforcement cases. Every count, rate and share on this page is sample data from a documented model, not an official statistic.',
		'compliance.method':
			'Rates are ratios of sums over the filtered rows: Σ cases ÷ Σ orders × 10,000, and Σ value of the orders involved ÷ Σ import value. They are never averages of city rates.',
		'compliance.scopeNote':
			'Violations are recorded by city, month and type, with no goods category or customs channel, so the {filters} filter does not apply on this page: cases and orders both cover every category and channel of the selected cities and months. Rating all cases against one channel’s orders would overstate the rate.',
		'compliance.scopeCategory': 'goods category',
		'compliance.scopeChannel': 'channel',
		'compliance.scopeAnd': ' and ',
		'compliance.measure': 'Show',
		'compliance.measure.rate': 'violations per 10,000 orders',
		'compliance.measure.share': 'flagged value share',
		'compliance.notice': '{notice:商财发〔2021〕39号} (Mar 2021)',
		'compliance.summary.title': 'The phases compared over the selected period',
		'compliance.summary.all': 'All selected cities',
		'compliance.col.group': 'Group',
		'compliance.col.cases': 'Cases',
		'compliance.col.orders': 'Orders',
		'compliance.col.rate': 'Per 10,000 orders',
		'compliance.col.interval': '95 % interval',
		'compliance.col.share': 'Flagged value share',
		'compliance.col.year': 'Year',
		'compliance.col.type': 'Violation type',
		'compliance.col.rank': 'Rank',
		'compliance.col.city': 'City',
		'compliance.col.province': 'Province',
		'compliance.col.phase': 'Phase',
		'compliance.col.position': 'Against the overall rate',
		'compliance.source': 'violations and imports tables; date of the notice from source S9',
		'compliance.trend.title': 'Violations over time, by phase',
		'compliance.trend.unitsRate': 'Cases per 10,000 orders, per month',
		'compliance.trend.unitsShare': 'Value of the orders involved ÷ import value, per month',
		'compliance.trend.aria':
			'Line chart: monthly violation figures of each phase, with the 2021 notice',
		'compliance.type.title': 'Violations over time, by type',
		'compliance.type.unitsRate':
			'Cases per 10,000 orders in the type’s channel (offline pickup: per 10,000 bonded 1210 orders), per month',
		'compliance.type.unitsShare':
			'Value of the orders involved ÷ import value in the type’s channel, per month',
		'compliance.type.aria':
			'Line chart: monthly violation figures of each type, with the 2021 notice',
		'compliance.league.title': 'City league table',
		'compliance.league.units':
			'Cases per 10,000 orders over the selected period, with a 95 % interval',
		'compliance.league.interval':
			'The interval is the exact (Garwood) Poisson interval for the number of cases over the orders: one case can involve many orders, so cases are a count per exposure, not a proportion of orders (the Wilson interval would not fit).',
		'compliance.league.threshold':
			'A rate from fewer than {cases} cases or {orders} orders is shown as “too few to rate”: below 20 cases the relative error exceeds about 22 % (the threshold used by the US National Center for Health Statistics).',
		'compliance.league.tooFew': 'too few to rate',
		'compliance.league.caption': 'Cities ranked by violations per 10,000 orders',
		'compliance.position.above998': 'high: above the 99.8 % limit',
		'compliance.position.above95': 'high: above the 95 % limit',
		'compliance.position.within': 'within the limits',
		'compliance.position.below95': 'low: below the 95 % limit',
		'compliance.position.below998': 'low: below the 99.8 % limit',
		'compliance.funnel.title': 'Funnel plot: each city’s rate against its order volume',
		'compliance.funnel.units':
			'Cases per 10,000 orders (vertical) against orders over the selected period (horizontal, log scale)',
		'compliance.funnel.aria':
			'Funnel plot of city violation rates with 95 % and 99.8 % control limits around the overall rate',
		'compliance.funnel.x': 'Orders over the selected period (log scale)',
		'compliance.funnel.target': 'overall rate {rate}',
		'compliance.funnel.l95': '95 % limits',
		'compliance.funnel.l998': '99.8 % limits',
		'compliance.funnel.point':
			'{city}: {rate} per 10,000 orders ({cases} cases in {orders} orders), {position}',
		'compliance.funnel.summary':
			'{n95} of {n} cities lie outside the 95 % limits and {n998} outside the 99.8 % limits around the overall rate of {rate} per 10,000 orders; chance alone would put about 5 % and 0.2 % there. Cities outside the 99.8 % limits are drawn larger and named where the labels fit; every city is in the table.',
		'compliance.funnel.method':
			'Limits: Poisson quantiles of the overall rate × orders, interpolated (Spiegelhalter 2005). They assume chance variation only; real differences between cities (e.g. newly joined cities) widen the spread.',
		'compliance.funnel.lower': 'Lower 95 % limit at this volume',
		'compliance.funnel.upper': 'Upper 95 % limit at this volume'
	},
	{
		'compliance.report.summary': '合规：各阶段比较',
		'compliance.report.cohortTrend': '合规：各阶段违规情况的变化',
		'compliance.report.typeTrend': '合规：各类型违规情况的变化',
		'compliance.report.funnel': '合规：城市比率漏斗图',
		'compliance.report.league': '合规：城市排名表',
		'compliance.title': '违规发生在哪里：各阶段的违规情况',
		'compliance.intro':
			'2021年3月的通知（{notice:商财发〔2021〕39号}）要求试点城市“严格落实监管要求”，并查处“网购保税+线下自提”和二次销售。本页比较各阶段违规的频率。',
		'compliance.noNational':
			'全国违规率未公布，只有个别执法案例。本页所有案件数、比率和占比均为按公开说明的模型生成的样本数据，并非官方统计。',
		'compliance.method':
			'比率为筛选后数据的总和之比：案件总数÷订单总数×10000，以及涉案订单总值÷进口总额；从不对城市比率取平均。',
		'compliance.scopeNote':
			'违规记录按城市、月份和类型统计，没有商品类别或海关监管方式，因此{filters}筛选不适用于本页：案件和订单都包含所选城市和月份的全部类别和渠道。把全部案件与单一渠道的订单相比会高估比率。',
		'compliance.scopeCategory': '商品类别',
		'compliance.scopeChannel': '渠道',
		'compliance.scopeAnd': '和',
		'compliance.measure': '显示',
		'compliance.measure.rate': '每万单违规数',
		'compliance.measure.share': '涉案金额占比',
		'compliance.notice': '{notice:商财发〔2021〕39号}（2021年3月）',
		'compliance.summary.title': '所选期间各阶段比较',
		'compliance.summary.all': '全部所选城市',
		'compliance.col.group': '组别',
		'compliance.col.cases': '案件数',
		'compliance.col.orders': '订单数',
		'compliance.col.rate': '每万单',
		'compliance.col.interval': '95%区间',
		'compliance.col.share': '涉案金额占比',
		'compliance.col.year': '年份',
		'compliance.col.type': '违规类型',
		'compliance.col.rank': '排名',
		'compliance.col.city': '城市',
		'compliance.col.province': '省份',
		'compliance.col.phase': '阶段',
		'compliance.col.position': '与总体比率相比',
		'compliance.source': '违规表和进口表；通知日期来自来源S9',
		'compliance.trend.title': '各阶段违规情况的变化',
		'compliance.trend.unitsRate': '每万单案件数，按月',
		'compliance.trend.unitsShare': '涉案订单金额÷进口额，按月',
		'compliance.trend.aria': '折线图：各阶段每月违规数字，标出2021年通知',
		'compliance.type.title': '各类型违规情况的变化',
		'compliance.type.unitsRate': '该类型所属渠道每万单案件数（线下自提：每万单1210保税订单），按月',
		'compliance.type.unitsShare': '该类型所属渠道的涉案订单金额÷进口额，按月',
		'compliance.type.aria': '折线图：各类型每月违规数字，标出2021年通知',
		'compliance.league.title': '城市排名表',
		'compliance.league.units': '所选期间每万单案件数及95%区间',
		'compliance.league.interval':
			'区间为案件数相对订单数的精确（Garwood）泊松区间：一个案件可能涉及多个订单，因此案件是单位暴露量的计数，而不是订单的比例（Wilson区间不适用）。',
		'compliance.league.threshold':
			'案件少于{cases}件或订单少于{orders}单时显示“数量太少，不计算比率”：少于20件时相对误差超过约22%（美国国家卫生统计中心采用的阈值）。',
		'compliance.league.tooFew': '数量太少，不计算比率',
		'compliance.league.caption': '按每万单违规数排列的城市',
		'compliance.position.above998': '偏高：高于99.8%控制限',
		'compliance.position.above95': '偏高：高于95%控制限',
		'compliance.position.within': '在控制限内',
		'compliance.position.below95': '偏低：低于95%控制限',
		'compliance.position.below998': '偏低：低于99.8%控制限',
		'compliance.funnel.title': '漏斗图：各城市比率与订单量',
		'compliance.funnel.units': '每万单案件数（纵轴）与所选期间订单数（横轴，对数刻度）',
		'compliance.funnel.aria': '城市违规率漏斗图，围绕总体比率画出95%和99.8%控制限',
		'compliance.funnel.x': '所选期间订单数（对数刻度）',
		'compliance.funnel.target': '总体比率{rate}',
		'compliance.funnel.l95': '95%控制限',
		'compliance.funnel.l998': '99.8%控制限',
		'compliance.funnel.point': '{city}：每万单{rate}（{orders}单中{cases}件），{position}',
		'compliance.funnel.summary':
			'{n}个城市中，{n95}个在总体比率（每万单{rate}）的95%控制限之外，{n998}个在99.8%控制限之外；仅由随机波动约有5%和0.2%会落在外面。99.8%控制限之外的城市以较大圆点画出，并在空间允许时标出名称；所有城市见数据表。',
		'compliance.funnel.method':
			'控制限：总体比率×订单数的泊松分位数，经插值（Spiegelhalter 2005）。控制限只考虑随机波动；城市之间的真实差异（如新加入的城市）会使分布更分散。',
		'compliance.funnel.lower': '该订单量下的95%控制下限',
		'compliance.funnel.upper': '该订单量下的95%控制上限'
	}
);
