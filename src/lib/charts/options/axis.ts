import { printedDecimals } from '$lib/domain/decimals';
import { formatNumber } from '$lib/format/number';

/** Axis tick labels: the measure's decimals, more when the ticks are finer (−0,35 is not shown as −0,3 twice). */
export const tickLabel = (decimals: number) => (v: number) => formatNumber(v, printedDecimals(v, decimals));
