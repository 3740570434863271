import { expect, type Locator, type Page } from '@playwright/test';

/** What one Tab stop of a walk saw: where focus was and whether it showed. */
export type TabStop = { label: string; insideDialog: boolean; focusShows: boolean };

/**
 * Turns transitions off, so that the look of a focused control is read at once and not half-way
 * through a fade; focus rings themselves do not depend on transitions.
 */
export async function withoutTransitions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent =
        '*,*::before,*::after{transition:none!important;animation-duration:0s!important}';
      document.head.append(style);
    });
  });
}

/**
 * Focuses a control and presses Enter on it, as someone on the keyboard alone would: once the
 * control can be used (a button stays disabled while its page reads what it needs) and holds focus.
 */
export async function pressWithKeyboard(control: Locator): Promise<void> {
  await expect(control).toBeEnabled({ timeout: 30_000 });
  await control.focus();
  await expect(control).toBeFocused();
  await control.page().keyboard.press('Enter');
}

/**
 * Presses Tab from inside the open dialog until focus comes back to where it started (or
 * `limit` stops), and reports every stop: whether it stayed inside the dialog and whether the
 * focused control looked different from how it looks unfocused (outline, shadow, border or
 * background of the control, its two wrappers, as a tags field has, or the element drawn for it, as
 * Mantine's switches are).
 */
export async function tabThroughDialog(dialog: Locator, limit = 40): Promise<TabStop[]> {
  const page = dialog.page();
  await expect
    .poll(() => dialog.evaluate((element) => element.contains(document.activeElement)))
    .toBe(true);
  const stops: TabStop[] = [];
  let first: string | null = null;
  let previousId: string | null = null;
  // Marks are unique per walk, so a control tagged by an earlier walk is not taken for this one's start.
  const walkId = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await dialog.evaluate((dialogElement, step) => {
      const look = (element: Element | null): string => {
        if (!element) return '';
        const style = getComputedStyle(element);
        return [
          style.outlineStyle,
          style.outlineWidth,
          style.outlineColor,
          style.boxShadow,
          style.borderTopColor,
          style.backgroundColor,
        ].join('|');
      };
      const lookAround = (element: Element): string =>
        [
          element,
          element.parentElement,
          element.parentElement?.parentElement ?? null,
          element.nextElementSibling,
        ]
          .map(look)
          .join('||');
      const active = document.activeElement ?? document.body;
      const key = `walk-${step}`;
      const walk = window as unknown as { regiaWalk?: { element: Element; focused: string } };
      const previous = walk.regiaWalk;
      // The previous stop, now unfocused, is compared with how it looked focused.
      const previousShowed = previous ? lookAround(previous.element) !== previous.focused : true;
      if (!active.hasAttribute('data-walk')) active.setAttribute('data-walk', key);
      walk.regiaWalk = { element: active, focused: lookAround(active) };
      const name =
        active.getAttribute('aria-label') ??
        (active.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : null) ??
        active.textContent?.trim().slice(0, 40) ??
        active.tagName;
      return {
        id: active.getAttribute('data-walk') ?? key,
        label: `${active.tagName.toLowerCase()} "${name}"`,
        insideDialog: dialogElement.contains(active),
        previousShowed,
      };
    }, `${walkId}-${index}`);
    // A date field takes a Tab per part (day, month, year): still the same stop.
    if (stop.id === previousId) continue;
    const last = stops.at(-1);
    if (last) last.focusShows = stop.previousShowed;
    if (stop.id === first) break;
    first ??= stop.id;
    previousId = stop.id;
    stops.push({ label: stop.label, insideDialog: stop.insideDialog, focusShows: true });
  }
  return stops;
}

/** The stops of a walk that broke a rule, described for the test's failure message. */
export function badStops(stops: readonly TabStop[]): string[] {
  return stops.flatMap((stop) => [
    ...(stop.insideDialog ? [] : [`focus left the dialog at ${stop.label}`]),
    ...(stop.focusShows ? [] : [`no visible focus on ${stop.label}`]),
  ]);
}

/**
 * Closes the dialog with Escape. A list opened from a field closes on the first Escape, as
 * comboboxes do everywhere; the dialog then closes on the next one.
 */
export async function closeWithEscape(dialog: Locator): Promise<void> {
  const page = dialog.page();
  const listOpen = await page.evaluate(
    () => document.activeElement?.getAttribute('aria-expanded') === 'true',
  );
  if (listOpen) {
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog, 'the dialog closes on Escape').toBeHidden();
}
