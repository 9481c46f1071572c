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
	/** Redirects followed per request, and only on the same origin. */
	maxRedirects?: number;
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

/** Retry-After as seconds ("120") or as an HTTP date ("Fri, 14 Mar 2025 09:05:00 GMT"), in ms from now. */
export function retryAfterMs(header: string | null, now: number): number {
	if (!header) return 0;
	if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
	const at = Date.parse(header);
	return Number.isFinite(at) ? Math.max(0, at - now) : 0;
}

/**
 * A redirect is followed only on the same origin (an API mirror or proxy must not hand us on to
 * another host), a bounded number of times.
 */
async function fetchSameOrigin(deps: HttpDeps, url: string, init: RequestInit, max: number): Promise<Response> {
	let current = url;
	for (let hop = 0; ; hop++) {
		const res = await deps.fetch(current, { ...init, redirect: 'manual' });
		if (res.status < 300 || res.status > 399 || res.status === 304) return res;
		const location = res.headers.get('location');
		await res.body?.cancel();
		if (!location) throw new KoladaHttpError(url, `omdirigering (HTTP ${res.status}) utan adress`, res.status);
		const next = new URL(location, current);
		if (next.origin !== new URL(url).origin)
			throw new KoladaHttpError(url, `omdirigeras till en annan server (${next.origin}) — följs inte`, res.status);
		if (hop >= max) throw new KoladaHttpError(url, `fler än ${max} omdirigeringar`, res.status);
		current = next.href;
	}
}

/** GET JSON, politely: spaced requests, timeout per request, retries with exponential backoff. */
export function politeGetJson(deps: HttpDeps, opts: HttpOptions = DEFAULT_HTTP): (url: string) => Promise<unknown> {
	let last = -Infinity;
	return async function getJson(url: string): Promise<unknown> {
		let failure = '';
		for (let attempt = 0; attempt <= opts.retries; attempt++) {
			const wait = last + opts.minIntervalMs - deps.now();
			if (wait > 0) await deps.sleep(wait);
			last = deps.now();
			let retryAfter = 0;
			const ctrl = new AbortController();
			const timer = setTimeout(() => ctrl.abort(), opts.timeoutMs);
			try {
				const res = await fetchSameOrigin(
					deps,
					url,
					{ signal: ctrl.signal, headers: { accept: 'application/json' } },
					opts.maxRedirects ?? 3
				);
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
				retryAfter = retryAfterMs(res.headers.get('retry-after'), deps.now());
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
				// The server's Retry-After is honoured even beyond our own backoff cap (the run's time cap still holds).
				const delay = Math.max(retryAfter, Math.min(opts.maxBackoffMs, opts.backoffMs * 2 ** attempt));
				deps.log(`  ${failure} — försöker igen om ${Math.round(delay / 100) / 10} s (${attempt + 1}/${opts.retries})`);
				await deps.sleep(delay);
			}
		}
		throw new KoladaHttpError(url, `${failure} (gav upp efter ${opts.retries + 1} försök)`);
	};
}
