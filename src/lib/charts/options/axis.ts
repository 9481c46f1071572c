import { formatPrintedNumber } from '$lib/format/number';

/** Axis tick labels by the one decimals rule (src/lib/domain/decimals.ts): −0,35 is not shown as −0,3 twice. */
export const tickLabel = (unit: string, decimals: number) => (v: number) => formatPrintedNumber(v, unit, decimals);
