import type { Locator, Page } from 'playwright-core';

export type Upload = { name: string; buffer: Buffer | Uint8Array };

/**
 * Table fingerprints from the ?testhook page hook: equal before and after = nothing changed.
 * With `except` (a source, e.g. "user:fil.csv"), that source's rows are left out: equal to the
 * fingerprint before its file was loaded = the file took nothing away.
 */
export async function digest(page: Page, except?: string): Promise<Record<string, string>> {
	return page.evaluate(
		(x) =>
			(window as unknown as { __tertialDigest: (x?: string) => Promise<Record<string, string>> }).__tertialDigest(x),
		except
	);
}

/**
 * Drop one file on the Data page as a user would (the picker), pick the format and columns if
 * the mapping step appears, and wait for the report or the refusal. Returns the file's card.
 */
export async function upload(
	page: Page,
	file: Upload,
	opts: { formatKey?: string; mapping?: Record<string, string>; kommun?: string } = {}
): Promise<Locator> {
	await page.setInputFiles('[data-testid="file-input"]', {
		name: file.name,
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(file.buffer)
	});
	const card = page.locator('[data-testid="import-job"]').first();
	await waitPhase(card, ['mapping', 'report', 'refused', 'done']);
	if ((await card.getAttribute('data-phase')) === 'mapping') {
		if (opts.formatKey) await card.locator('[data-testid="format-choice"]').selectOption(opts.formatKey);
		// A file without a kommun column: the user says whose figures they are.
		if (opts.kommun) await card.locator('[data-testid="kommun-choice"]').selectOption(opts.kommun);
		for (const [field, header] of Object.entries(opts.mapping ?? {}))
			await card.locator(`select[data-field="${field}"]`).selectOption({ label: header });
		// A required field without a column cannot be checked: the card stays in the mapping step, saying which.
		const check = card.locator('[data-testid="check-file"]');
		if (await check.isDisabled()) return card;
		await check.click();
		await waitPhase(card, ['report', 'refused']);
	}
	return card;
}

export async function waitPhase(card: Locator, phases: string[], timeout = 60_000): Promise<void> {
	const handle = await card.elementHandle({ timeout: 60_000 });
	await card
		.page()
		.waitForFunction(([el, ps]) => ps.includes((el as HTMLElement).dataset.phase ?? ''), [handle, phases] as const, {
			timeout
		});
}

export async function confirm(card: Locator): Promise<void> {
	await card.locator('[data-testid="confirm-import"]').click();
	await waitPhase(card, ['done', 'refused']);
}
