import type { Plugin } from 'vite';

// apache-arrow 17 builds each builder's null check with `new Function`, which a CSP without
// 'unsafe-eval' refuses (uploads would fail). Same semantics without eval: NaN checked apart,
// the rest by identity (a switch compares with ===, a Set with SameValueZero: equal for these).
const EVAL = 'return new Function(`x`, `${fnBody}\\nreturn true;`);';
const NO_EVAL =
	'const nulls = new Set(noNaNs), nan = nullValues.length !== noNaNs.length; void fnBody;\n' +
	'    return (x) => !(nan && x !== x) && !nulls.has(x);';

export function transformArrowValid(code: string): string {
	if (!code.includes(EVAL)) throw new Error('csp-safe-arrow: apache-arrow/builder/valid changed; review the patch');
	return code.replace(EVAL, NO_EVAL);
}

export function cspSafeArrow(): Plugin {
	return {
		name: 'tertial:csp-safe-arrow',
		enforce: 'pre',
		transform(code, id) {
			if (!/apache-arrow[\\/]builder[\\/]valid\.mjs$/.test(id.split('?')[0]!)) return null;
			return { code: transformArrowValid(code), map: null };
		}
	};
}
