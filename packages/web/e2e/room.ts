/** The session room, as the e2e suites drive it. */
import type { Page } from 'playwright-core';

/** Through the device check (the camera preview shows), into the room, with the Connection panel open. */
export async function joinCall(page: Page): Promise<void> {
  await page.getByTestId('local-preview').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Join the session' }).click();
  await page.getByTestId('session-call').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  await page.getByTestId('connection-panel').waitFor();
}

/** The peer connection's state as the Connection panel shows it (null while it shows none). */
export async function connectionState(page: Page): Promise<string | null> {
  const element = page.getByTestId('connection-state');
  return (await element.count()) ? element.first().getAttribute('data-value') : null;
}
