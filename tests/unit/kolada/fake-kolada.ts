// A local stand-in for the Kolada API v3, in its response shapes, for the fetcher tests.
// Listens on 127.0.0.1 (random port); data are generated here, never taken from Kolada.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
	| { kind: 'html500' }
	| { kind: 'status'; status: number; retryAfter?: number | string }
	| { kind: 'slow'; ms: number }
	| { kind: 'html200' }
	| { kind: 'redirect-next'; to: string }
	| { kind: 'redirect'; to: string }
	/** A listing that always has one more page. */
	| { kind: 'fresh-next' }
	/** A listing with no rows at all. */
	| { kind: 'empty' };

export const KOMMUNER = Array.from({ length: 30 }, (_, i) => ({
	id: `01${String(10 + i)}`,
	title: `Kommun ${i}`,
	type: 'K' as const
}));
export const MUNICIPALITIES = [
	{ id: '0000', title: 'Riket', type: 'L' as const },
	{ id: '0001', title: 'Region Stockholm', type: 'L' as const },
	...KOMMUNER
];

/** A deterministic value per KPI, place, year and sex: the test can recompute any figure. */
export function fakeValue(kpi: string, kommun: string, year: number, sex: 'T' | 'K' | 'M'): number | null {
	const k = Number(kpi.slice(1));
	if ((k + Number(kommun) + year) % 17 === 0) return null; // some figures missing, as in Kolada
	return (
		Math.round(
			((k % 97) * 10 + (Number(kommun) % 89) + (year - 2000) + (sex === 'T' ? 0 : sex === 'K' ? 0.5 : 0.25)) * 100
		) / 100
	);
}

export type FakeKolada = { base: string; requests: string[]; faults: Map<string, Fault[]>; close: () => Promise<void> };

/** Faults are queued per path prefix ('/v3/data', '/v3/municipality'…) and consumed one per request. */
export async function startFakeKolada(pageSize = 40): Promise<FakeKolada> {
	const requests: string[] = [];
	const faults = new Map<string, Fault[]>();
	let base = '';
	const page = <T>(url: URL, items: T[]) => {
		const p = Number(url.searchParams.get('page') ?? '1');
		const next = new URL(url.href);
		next.searchParams.set('page', String(p + 1));
		return {
			values: items.slice((p - 1) * pageSize, p * pageSize),
			count: items.length,
			next_url: p * pageSize < items.length ? next.href : null
		};
	};
	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', base);
		requests.push(url.href);
		const key = [...faults.keys()].find((k) => url.pathname.startsWith(k) && faults.get(k)!.length > 0);
		const fault = key ? faults.get(key)!.shift() : undefined;
		if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms));
		if (res.destroyed) return;
		if (fault?.kind === 'html500')
			return void res
				.writeHead(500, { 'content-type': 'text/html' })
				.end('<html><body><h1>Internal Server Error</h1><p>Kolada underhåll</p></body></html>');
		if (fault?.kind === 'html200')
			return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Logga in</body></html>');
		if (fault?.kind === 'status')
			return void res
				.writeHead(fault.status, fault.retryAfter ? { 'retry-after': String(fault.retryAfter) } : {})
				.end(`status ${fault.status}`);
		if (fault?.kind === 'redirect') return void res.writeHead(302, { location: fault.to }).end();
		const json = (body: { values: unknown[]; next_url: string | null }) => {
			if (fault?.kind === 'empty') Object.assign(body, { values: [], count: 0, next_url: null });
			if (fault?.kind === 'fresh-next') {
				const next = new URL(url.href);
				next.searchParams.set('page', String(Number(url.searchParams.get('page') ?? '1') + 1));
				body.next_url = next.href;
			}
			res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
		};
		const parts = url.pathname.split('/').filter(Boolean); // ['v3', …]
		if (parts[1] === 'municipality') return void json(page(url, MUNICIPALITIES));
		if (parts[1] === 'kpi')
			return void json(
				page(
					url,
					parts[2]!.split(',').map((id) => ({
						id,
						title: `Nyckeltal ${id}`,
						description: 'test',
						is_divided_by_gender: id.endsWith('0'),
						operating_area: 'Test',
						publ_period: '2024'
					}))
				)
			);
		if (parts[1] === 'municipality_groups')
			return void json(
				page(url, [
					{
						id: 'G100',
						title: `Liknande kommuner äldreomsorg, ${KOMMUNER[0]!.title}, 2024`,
						members: KOMMUNER.slice(1, 8).map((k) => ({ id: k.id, title: k.title }))
					},
					{ id: 'G101', title: 'Större stad', members: [{ id: KOMMUNER[0]!.id, title: KOMMUNER[0]!.title }] }
				])
			);
		if (parts[1] === 'data' && parts[2] === 'kpi' && parts[4] === 'year') {
			const items = parts[3]!.split(',').flatMap((kpi) =>
				parts[5]!.split(',').flatMap((y) =>
					MUNICIPALITIES.map((m) => ({
						kpi,
						municipality_id: m.id,
						period: Number(y),
						values: (['T', 'K', 'M'] as const).map((g) => ({
							gender: g,
							status: fakeValue(kpi, m.id, Number(y), g) == null ? 'Saknas' : '',
							value: fakeValue(kpi, m.id, Number(y), g),
							count: 1
						}))
					}))
				)
			);
			const body = page(url, items);
			if (fault?.kind === 'redirect-next') body.next_url = fault.to;
			return void json(body);
		}
		res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
	};
	const server: Server = createServer((req, res) => void handle(req, res));
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		base: `${base}/v3`,
		requests,
		faults,
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(() => r());
			})
	};
}
