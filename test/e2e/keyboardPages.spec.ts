import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  badStops,
  closeWithEscape,
  pressWithKeyboard,
  tabThroughDialog,
  withoutTransitions,
} from './pages/KeyboardWalk';
import { RegiaApp, pageLabels, type PageLabel } from './pages/RegiaApp';
import { sharedDemoPage } from './sharedDemoPage';

/** The most Tab stops walked on one page: the frame and the top of the page, well past the main action. */
const stopLimit = 60;

/** A page's main action: its control, and pressing it with Enter bringing up what it should. */
type MainAction = {
  control: (page: Page) => Locator;
  /** Presses the control and waits for its effect, then undoes it so the next page starts clean. */
  pressAndCheck: (page: Page, press: () => Promise<void>) => Promise<void>;
};

/** An action whose effect is a dialog: it opens, and Escape closes it. */
function opensDialog(name: string): MainAction['pressAndCheck'] {
  return async (page, press) => {
    await press();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await closeWithEscape(dialog);
  };
}

const mainActions: Record<PageLabel, MainAction> = {
  Panoramica: {
    control: (page) => page.getByTestId('overdue-list').getByRole('button').first(),
    pressAndCheck: opensDialog('Azione'),
  },
  Riunioni: {
    control: (page) => page.getByRole('button', { name: 'Nuova seduta' }),
    pressAndCheck: opensDialog('Nuova seduta'),
  },
  Azioni: {
    control: (page) => page.getByRole('button', { name: 'Nuova azione' }),
    pressAndCheck: opensDialog('Nuova azione'),
  },
  Progetti: {
    control: (page) => page.getByRole('button', { name: 'Nuovo progetto' }),
    pressAndCheck: opensDialog('Nuovo progetto'),
  },
  Rete: {
    control: (page) => page.getByRole('button', { name: 'Nuovo ente' }),
    pressAndCheck: opensDialog('Nuovo ente'),
  },
  Mappa: {
    control: (page) => page.getByRole('button', { name: 'Nuova relazione' }),
    pressAndCheck: opensDialog('Nuova relazione'),
  },
  'Scambio fogli': {
    control: (page) => page.getByRole('button', { name: 'Importa enti e referenti…' }),
    // In the browser host an import starts by asking for a file.
    pressAndCheck: async (page, press) => {
      const chooser = page.waitForEvent('filechooser');
      await press();
      await chooser;
    },
  },
  Impostazioni: {
    control: (page) => page.getByRole('button', { name: 'Salva', exact: true }),
    pressAndCheck: async (page, press) => {
      await press();
      await expect(page.getByText('Impostazioni salvate')).toBeVisible();
    },
  },
};

/** What the page recorded about one focused control at the moment it took focus. */
type RecordedStop = { index: number; visible: boolean; label: string; plainName: string };

/**
 * Marks every control that takes focus during a walk and records, at that moment, whether it
 * (or what is drawn for it: a switch's track, a radio's label) is on screen and not hidden.
 */
async function recordFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state: { walk: string; stops: RecordedStop[] } = { walk: '', stops: [] };
    Object.assign(window, { regiaPageWalk: state });
    const shows = (element: Element | null): boolean => {
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return (
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < window.innerHeight &&
        box.left < window.innerWidth
      );
    };
    // The name in the plain cases (label, aria-label, visible text): only a control without one is
    // handed to Playwright's full accessible-name computation, which costs a round trip each.
    const textOf = (node: Node): string => {
      if (node instanceof Element) {
        if (node.getAttribute('aria-hidden') === 'true') return '';
        if (node instanceof HTMLImageElement) return node.alt;
      }
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      return [...node.childNodes].map(textOf).join('');
    };
    const plainName = (element: Element): string => {
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
        .join(' ');
      const labels =
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement
          ? [...(element.labels ?? [])].map(textOf).join(' ')
          : '';
      const content = /^(A|BUTTON|SUMMARY)$/.test(element.tagName) ? textOf(element) : '';
      return [labelledBy, element.getAttribute('aria-label') ?? '', labels, content]
        .join(' ')
        .trim();
    };
    document.addEventListener('focusin', (event) => {
      const target = event.target;
      if (!(target instanceof Element) || !state.walk) return;
      if (target.getAttribute('data-page-stop')?.startsWith(`${state.walk}-`)) return;
      const index = state.stops.length;
      target.setAttribute('data-page-stop', `${state.walk}-${index}`);
      state.stops.push({
        index,
        visible: [target, target.nextElementSibling, target.closest('label')].some(shows),
        plainName: plainName(target),
        label: `${target.tagName.toLowerCase()} "${(target.getAttribute('aria-label') ?? target.textContent ?? '').trim().slice(0, 40)}"`,
      });
    });
  });
}

async function startWalk(page: Page, walk: string): Promise<void> {
  await page.evaluate((name) => {
    const state = Reflect.get(window, 'regiaPageWalk') as { walk: string; stops: unknown[] };
    state.walk = name;
    state.stops = [];
  }, walk);
}

async function recordedStops(page: Page): Promise<RecordedStop[]> {
  return page.evaluate(
    () => (Reflect.get(window, 'regiaPageWalk') as { stops: RecordedStop[] }).stops,
  );
}

// Both tests only open dialogs and close them (and save the settings as they are): one app start
// serves both. The walk comes first, from the overview as the app opens; the second reloads.
const sharedPage = sharedDemoPage({ prepare: withoutTransitions });

test('every main page, reached with Alt+1…Alt+8, is walked with Tab: each stop visible, with a visible focus and a name; its main action works with Enter', async () => {
  // About 80 s on a busy two-core machine, eight pages of up to 60 stops each: past 120 s, on the
  // last page, under a load of 23.
  test.setTimeout(300_000);
  // The demo network is restored, not loaded: no toast of its loading for Tab to catch.
  const page = sharedPage();
  await recordFocus(page);
  const problems: string[] = [];
  for (const [position, label] of pageLabels.entries()) {
    // Shortcuts do not fire inside a text field, where Alt+digit may be typing.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    await page.keyboard.press(`Alt+${position + 1}`);
    await expect(
      page.getByRole('navigation', { name: 'Navigazione principale' }).getByRole('link', {
        name: label,
        exact: true,
      }),
    ).toHaveAttribute('aria-current', 'page');
    const action = mainActions[label];
    await expect(action.control(page), label).toBeVisible({ timeout: 20_000 });

    const walk = `page${position + 1}`;
    await startWalk(page, walk);
    const stops = await tabThroughDialog(page.locator('body'), stopLimit);
    // Past the last control focus leaves the page (the body) before coming round again.
    const onPage = stops.filter((stop) => !stop.label.startsWith('body '));
    problems.push(...badStops(onPage).map((problem) => `${label}: ${problem}`));

    const recorded = await recordedStops(page);
    expect(recorded.length, `${label}: Tab reaches the page's controls`).toBeGreaterThan(10);
    for (const stop of recorded) {
      if (!stop.visible) problems.push(`${label}: ${stop.label} is focused but not on screen`);
      if (stop.plainName) continue;
      const control = page.locator(`[data-page-stop="${walk}-${stop.index}"]`);
      try {
        await expect(control).toHaveAccessibleName(/\S/, { timeout: 500 });
      } catch {
        problems.push(`${label}: ${stop.label} has no accessible name`);
      }
    }

    const control = action.control(page);
    await expect(
      control,
      `${label}: the main action is among the first ${stopLimit} Tab stops`,
    ).toHaveAttribute('data-page-stop', new RegExp(`^${walk}-`));
    await action.pressAndCheck(page, () => pressWithKeyboard(control));
  }
  expect(problems).toEqual([]);
});

test('the first Tab stop skips the header and the navigation: Enter on it puts the next Tab inside the page', async () => {
  const page = sharedPage();
  const app = new RegiaApp(page);
  await app.goTo('Azioni');
  // A fresh load, so that Tab starts from the top of the document as it does on opening the app.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Nuova azione' })).toBeVisible();
  const route = await page.evaluate(() => window.location.hash);

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Vai al contenuto della pagina' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(await page.evaluate(() => window.location.hash)).toBe(route);

  await page.keyboard.press('Tab');
  const insidePage = await page.evaluate(() => {
    const focused = document.activeElement;
    return focused !== null && focused !== document.body && !!focused.closest('main');
  });
  expect(insidePage).toBe(true);
  await expect(skipLink).not.toBeInViewport();
});
