/** How a metric's numbers read on a timeline scale: what kind of number, from the metrics registry. */
import type { NumberKind } from '../../format/column';
import { metricDef, type Metric, type MetricUnit } from '../../model/metrics';
import type { TimelineScale } from '../../analysis/timeline-scales';

const KIND: Record<MetricUnit, NumberKind> = {
	cny: 'cny',
	count: 'count',
	per10k: 'rate',
	share: 'share'
};

/** The number kind of a metric on a scale (an index or a share, whatever the metric). */
export function numberKind(metric: Metric, scale: TimelineScale = 'absolute'): NumberKind {
	if (scale === 'share') return 'share';
	if (scale === 'index') return 'index';
	if (scale === 'relative') return 'change';
	return KIND[metricDef(metric).unit];
}
