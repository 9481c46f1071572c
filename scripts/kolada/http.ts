/** Side effects the fetcher needs, injectable so tests run against a local server with a fake clock. */
export type HttpDeps = {
	fetch: typeof fetch;
	sleep: (ms: number) => Promise<void>;
	now: () => number;
	log: (line: string) => void;
};

export type HttpOptions = {
	/** Minimum time between the starts of two requests (politeness to a free public API). */
	minIntervalMs: number;
	timeoutMs: number;
	/** Attempts after the first on 429, 5xx, timeouts and network errors. */
	retries: number;
	/** Backoff before retry k (1-based) is backoffMs · 2^(k−1), or the server's Retry-After if longer. */
	backoffMs: number;
	maxBackoffMs: number;
};

export const DEFAULT_HTTP: HttpOptions = {
	minIntervalMs: 250,
	timeoutMs: 30_000,
	retries: 4,
	backoffMs: 1_000,
	maxBackoffMs: 60_000
};

export class KoladaHttpError extends Error {
	constructor(
		readonly url: string,
		detail: string,
		readonly status?: number
	) {
		super(`Kolada-API:t: ${url}: ${detail}`);
		this.name = 'KoladaHttpError';
	}
}

const snippet = (body: string) =>
	body
		.replace(/<[^>]*>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 120);
const retryable = (status: number) => status === 429 || status >= 500;

/** GET JSON, politely: spaced requests, timeout per request, retries with exponential backoff. */
export function politeGetJson(deps: HttpDeps, opts: HttpOptions = DEFAULT_HTTP): (url: string) => Promise<unknown> {
	let last = -Infinity;
	return async function getJson(url: string): Promise<unknown> {
		let failure = '';
		for (let attempt = 0; attempt <= opts.retries; attempt++) {
			const wait = last + opts.minIntervalMs - deps.now();
			if (wait > 0) await deps.sleep(wait);
			last = deps.now();
			let retryAfterMs = 0;
			const ctrl = new AbortController();
			const timer = setTimeout(() => ctrl.abort(), opts.timeoutMs);
			try {
				const res = await deps.fetch(url, { signal: ctrl.signal, headers: { accept: 'application/json' } });
				const body = await res.text();
				if (res.ok) {
					try {
						return JSON.parse(body);
					} catch {
						// A 200 with an HTML page (proxy, maintenance) will not turn into JSON on retry.
						throw new KoladaHttpError(
							url,
							`svaret är inte JSON (${res.headers.get('content-type') ?? 'okänd typ'}): "${snippet(body)}"`,
							res.status
						);
					}
				}
				failure = `HTTP ${res.status} ${res.statusText}${body ? `: "${snippet(body)}"` : ''}`;
				if (!retryable(res.status)) throw new KoladaHttpError(url, failure, res.status);
				const ra = Number(res.headers.get('retry-after'));
				if (Number.isFinite(ra) && ra > 0) retryAfterMs = ra * 1000;
			} catch (e) {
				if (e instanceof KoladaHttpError) throw e;
				const code = (e as { cause?: { code?: unknown } }).cause?.code; // undici hides ECONNREFUSED etc. here
				failure = ctrl.signal.aborted
					? `inget svar inom ${opts.timeoutMs / 1000} s`
					: `nätverksfel: ${(e as Error).message}${typeof code === 'string' ? ` (${code})` : ''}`;
			} finally {
				clearTimeout(timer);
			}
			if (attempt < opts.retries) {
				const delay = Math.min(opts.maxBackoffMs, Math.max(retryAfterMs, opts.backoffMs * 2 ** attempt));
				deps.log(`  ${failure} — försöker igen om ${Math.round(delay / 100) / 10} s (${attempt + 1}/${opts.retries})`);
				await deps.sleep(delay);
			}
		}
		throw new KoladaHttpError(url, `${failure} (gav upp efter ${opts.retries + 1} försök)`);
	};
}
