import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchVersioned, versionedUrl } from '../../../src/lib/db/versioned-fetch';

type Call = { url: string; cache: RequestCache | undefined };
/** A fetch that answers with the given statuses in turn and records how it was asked. */
function fakeFetch(...statuses: number[]): Call[] {
	const calls: Call[] = [];
	vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
		calls.push({ url, cache: init?.cache });
		return new Response('x', { status: statuses[calls.length - 1] ?? 200 });
	});
	return calls;
}
afterEach(() => vi.unstubAllGlobals());

const FILE = '/data/sick_leave.parquet?v=32fe64fb50f4';
const PARTITION = '/synthetic-1000000/synthetic-budget/kommun=0114/year=2019/data_0.parquet?v=0123456789abcdef01234567';

describe('a data file by its versioned URL', () => {
	it('uses the copy the browser holds of that very version, without asking the server', async () => {
		for (const url of [FILE, PARTITION]) {
			const calls = fakeFetch(200);
			expect((await fetchVersioned(url)).status).toBe(200);
			expect(calls).toEqual([{ url, cache: 'force-cache' }]);
		}
	});

	it('never trusts a failed answer from the cache: it asks the server again', async () => {
		const calls = fakeFetch(404, 200);
		expect((await fetchVersioned(FILE)).status).toBe(200);
		expect(calls.map((c) => c.cache)).toEqual(['force-cache', 'no-cache']);
		// Still failing: that answer is the one returned (and said as an error by the caller).
		fakeFetch(404, 503);
		expect((await fetchVersioned(FILE)).status).toBe(503);
	});

	it('fetches a URL without a content version as usual (revalidated)', async () => {
		for (const url of [
			'/data/manifest.json',
			'/data/x.parquet?v=',
			'/data/x.parquet?v=abc',
			'/x?version=0123456789abcdef'
		]) {
			const calls = fakeFetch(200);
			await fetchVersioned(url);
			expect(calls).toEqual([{ url, cache: undefined }]);
		}
	});

	it('is the address every data file is asked for by: the manifest hash makes it versioned, a label does not', async () => {
		const url = versionedUrl('/data/sick_leave.parquet', 'ab'.repeat(32));
		expect(url).toBe(`/data/sick_leave.parquet?v=${'ab'.repeat(12)}`);
		const calls = fakeFetch(200);
		await fetchVersioned(url);
		expect(calls[0]!.cache).toBe('force-cache');
		const label = fakeFetch(200);
		await fetchVersioned(versionedUrl('/x/synthetic-budget/k.parquet', 'synthetic-1-1000000'));
		expect(label[0]!.cache).toBeUndefined();
	});
});
