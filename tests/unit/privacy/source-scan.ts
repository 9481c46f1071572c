import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every .ts / .svelte file under a folder of the repo, as [path relative to the repo, text]. */
export function sources(dir: string): [string, string][] {
	const out: [string, string][] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.ts')) out.push([relative(ROOT, p), readFileSync(p, 'utf8')]);
			// A component's code is in its <script> blocks; the markup is not scanned as code.
			else if (name.endsWith('.svelte'))
				out.push([
					relative(ROOT, p),
					[...readFileSync(p, 'utf8').matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
				]);
		}
	};
	walk(join(ROOT, dir));
	return out;
}

export type TemplateLiteral = {
	/** What stands right before the backtick: `sql` for the tag, `fragment(` for a constant fragment. */
	before: string;
	/** The literal's own text, with every `${…}` replaced by `${}`. */
	text: string;
	interpolated: boolean;
	line: number;
};

/**
 * A small lexer: every template literal in a file, nested ones included, skipping comments and
 * quoted strings. Enough for our own code; it is not a JavaScript parser.
 */
export function templateLiterals(src: string): TemplateLiteral[] {
	const found: TemplateLiteral[] = [];
	let i = 0;
	const lineAt = (at: number) => src.slice(0, at).split('\n').length;
	const skipQuoted = (q: string) => {
		i++;
		while (i < src.length && src[i] !== q) i += src[i] === '\\' ? 2 : 1;
		i++;
	};
	// Reads a template literal starting at the backtick at i; returns after its closing backtick.
	const readTemplate = () => {
		const start = i;
		const before = src.slice(Math.max(0, start - 20), start).replace(/\s+$/, '');
		let text = '';
		let interpolated = false;
		i++;
		while (i < src.length && src[i] !== '`') {
			if (src[i] === '\\') {
				text += src.slice(i, i + 2);
				i += 2;
			} else if (src[i] === '$' && src[i + 1] === '{') {
				interpolated = true;
				text += '${}';
				i += 2;
				readCode('}');
			} else text += src[i++];
		}
		i++;
		found.push({ before, text, interpolated, line: lineAt(start) });
	};
	// Reads code until the closing character at depth 0 (or the end).
	const readCode = (close: string | null) => {
		let depth = 0;
		while (i < src.length) {
			const c = src[i]!;
			if (c === '/' && src[i + 1] === '/') i = src.indexOf('\n', i) === -1 ? src.length : src.indexOf('\n', i);
			else if (c === '/' && src[i + 1] === '*') i = src.indexOf('*/', i + 2) + 2;
			else if (c === "'" || c === '"') skipQuoted(c);
			else if (c === '`') readTemplate();
			else if (c === '{') {
				depth++;
				i++;
			} else if (c === '}') {
				if (depth === 0 && close === '}') {
					i++;
					return;
				}
				depth--;
				i++;
			} else i++;
		}
	};
	readCode(null);
	return found;
}
