import { defineMessages } from '../define';

export const overview = defineMessages(
	{
		'overview.title': 'The retail-import pilot, phase by phase',
		'overview.intro':
			'Bonded online-shopping imports (customs code 1210) grew from 10 transitional cities in 2016 to 37 cities (2018), 86 cities plus all of Hainan island (2020) and every city hosting a qualifying zone (2021). The cards compare the three phases in the latest full year of the data.',
		'overview.cards.label': 'Cohorts compared',
		'overview.cards.computing': 'Computing the cohort figures…',
		'overview.cards.error': 'The cohort figures could not be computed: {error}',
		'overview.card.places': ' places in the data; {official}.',
		'overview.card.official': 'official count {n}',
		'overview.card.officialC86':
			'the notice added {added} cities (regions) + all of Hainan island ({total} in all)',
		'overview.card.officialNone': 'no fixed official count (every city hosting a qualifying zone)',
		'overview.card.transitional': 'Includes the {n} transitional cities of 2016–17.',
		'overview.card.inferred': '{n} inferred from the notice’s rule, not named in a source.',
		'overview.card.value': 'Import value, {year}',
		'overview.card.bonded': '{share} bonded (1210)',
		'overview.card.growth': 'Growth on {year}',
		'overview.card.prev': '{value} in {year}',
		'overview.card.rate': 'Violations per 10,000 orders, {year}',
		'overview.card.rateNote': 'Σ cases ÷ Σ orders of the cohort',
		'overview.card.sample': 'Values and rates: sample data (modelled).',
		'overview.card.notice.c37':
			'{notice:商财发〔2018〕486号}, with the 2016–17 transitional cities as its core',
		'overview.card.notice.c86': '{notice:商财发〔2020〕15号}',
		'overview.card.notice.call': '{notice:商财发〔2021〕39号}',
		'overview.count.title': 'Places in the retail-import pilot, by phase',
		'overview.count.units': 'Number of cities (regions) in the reference list, end of month',
		'overview.count.source':
			'phase membership and dates from the notices (see the events below); 2020 and 2021 lists partly inferred',
		'overview.count.summary':
			'The pilot grew from {first} places to {last} in the reference list, in {steps} steps: {list}.',
		'overview.count.aria': 'Stacked step chart of pilot places by phase',
		'overview.count.slider': 'Month: use the arrow keys to read the counts',
		'overview.count.allPhases': 'All phases',
		'overview.count.tablePhase': 'Phase',
		'overview.count.tablePlaces': 'Places ({month})',
		'overview.count.tableMonth': 'Month',
		'overview.count.tableTotal': 'Places in all phases',
		'overview.count.captionFinal': 'Places in the pilot at the end of the sample, by phase',
		'overview.count.captionChanges': 'Months in which the number of pilot places changed'
	},
	{
		'overview.title': '跨境电商零售进口试点：分阶段比较',
		'overview.intro':
			'网购保税进口（海关监管方式代码1210）从2016年的10个过渡期城市扩大到37个城市（2018年）、86个城市及海南全岛（2020年），以及所有设有相关区域的城市（2021年）。卡片比较数据中最近一个完整年度的三个阶段。',
		'overview.cards.label': '阶段比较',
		'overview.cards.computing': '正在计算各阶段数字…',
		'overview.cards.error': '无法计算各阶段数字：{error}',
		'overview.card.places': '个地区在数据中；{official}。',
		'overview.card.official': '官方数量{n}',
		'overview.card.officialC86': '通知新增{added}个城市（地区）及海南全岛（累计{total}个）',
		'overview.card.officialNone': '无固定官方数量（所有设有相关区域的城市）',
		'overview.card.transitional': '包括2016—2017年的{n}个过渡期城市。',
		'overview.card.inferred': '{n}个根据通知规则推断，来源中未点名。',
		'overview.card.value': '{year}年进口额',
		'overview.card.bonded': '保税（1210）占{share}',
		'overview.card.growth': '较{year}年增长',
		'overview.card.prev': '{year}年{value}',
		'overview.card.rate': '{year}年每万单违规数',
		'overview.card.rateNote': '该阶段案件总数÷订单总数',
		'overview.card.sample': '数值和比率：样本数据（模型生成）。',
		'overview.card.notice.c37': '{notice:商财发〔2018〕486号}，以2016—2017年过渡期城市为核心',
		'overview.card.notice.c86': '{notice:商财发〔2020〕15号}',
		'overview.card.notice.call': '{notice:商财发〔2021〕39号}',
		'overview.count.title': '零售进口试点地区数量（按阶段）',
		'overview.count.units': '参考名单中的城市（地区）数，月末',
		'overview.count.source':
			'试点名单与日期来自各项通知（见下方事件）；2020年和2021年名单部分为推断',
		'overview.count.summary':
			'参考名单中的试点地区从{first}个增加到{last}个，共{steps}步：{list}。',
		'overview.count.aria': '按阶段堆叠的试点地区数量阶梯图',
		'overview.count.slider': '月份：用方向键查看数量',
		'overview.count.allPhases': '全部阶段',
		'overview.count.tablePhase': '阶段',
		'overview.count.tablePlaces': '地区数（{month}）',
		'overview.count.tableMonth': '月份',
		'overview.count.tableTotal': '全部阶段地区数',
		'overview.count.captionFinal': '样本期末各阶段试点地区数',
		'overview.count.captionChanges': '试点地区数量发生变化的月份'
	}
);
