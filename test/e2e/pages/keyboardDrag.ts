import { expect, type Locator, type Page } from '@playwright/test';

/** The live region where dnd-kit announces what a keyboard drag picked up, is over and dropped. */
export function dragAnnouncement(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]');
}

/**
 * Picks up a drag handle with Space and waits until arrow keys will be heard.
 *
 * dnd-kit's keyboard sensor starts listening for keys in a timer it sets at the pick-up, and
 * Chromium runs input before timers: on a loaded machine the first arrow could arrive before that
 * timer and be lost. Waiting for the "over" announcement (the drop targets are measured) and then
 * for a timer set later than the sensor's (timers of equal delay run in order) closes that gap.
 */
export async function pickUpWithKeyboard(
  page: Page,
  handle: Locator,
  overAnnouncement: string,
): Promise<void> {
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(dragAnnouncement(page)).toHaveText(overAnnouncement);
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
