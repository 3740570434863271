import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sharedDemoPage } from './sharedDemoPage';
import {
  badStops,
  closeWithEscape,
  pressWithKeyboard,
  tabThroughDialog,
  withoutTransitions,
} from './pages/KeyboardWalk';
import { RegiaApp, type PageLabel } from './pages/RegiaApp';
import { RosterPage } from './pages/RosterPage';

/** A dialog reached from a page: where to go, which control opens it, and its name. */
type DialogCase = {
  dialog: string;
  page: PageLabel;
  /** Run after reaching the page, before the opener is pressed. */
  prepare?: (page: Page) => Promise<void>;
  opener: (page: Page) => Locator;
  /** Enter in its first field, left empty, shows the field's error instead of saving. */
  refusesEmpty?: boolean;
  /**
   * The themes in which no other test scans the page behind the dialog, so that the scan here
   * takes the whole page; elsewhere it takes the dialog alone (the pages themselves are scanned by
   * their own specs in light and by accessibility.spec.ts in dark, the organization page in light
   * by roster.spec.ts), which costs a fraction of a whole-page scan.
   */
  wholePageIn?: Scheme[];
};

type Scheme = 'light' | 'dark';

const organizationName = 'Comune di Pioltello';

async function openOrganizationSection(page: Page, section: RegExp): Promise<void> {
  await new RosterPage(page).openOrganization(organizationName);
  await page.getByRole('tab', { name: section }).click();
}

const dialogs: DialogCase[] = [
  {
    dialog: 'Nuova azione',
    refusesEmpty: true,
    page: 'Azioni',
    opener: (page) => page.getByRole('button', { name: 'Nuova azione' }),
  },
  {
    dialog: 'Azione',
    page: 'Azioni',
    opener: (page) => page.getByTestId('actions-table').locator('tbody button').first(),
  },
  {
    dialog: 'Nuova seduta',
    page: 'Riunioni',
    opener: (page) => page.getByRole('button', { name: 'Nuova seduta' }),
  },
  {
    dialog: 'Nuovo progetto',
    refusesEmpty: true,
    page: 'Progetti',
    opener: (page) => page.getByRole('button', { name: 'Nuovo progetto' }),
  },
  {
    dialog: 'Nuovo ente',
    refusesEmpty: true,
    page: 'Rete',
    opener: (page) => page.getByRole('button', { name: 'Nuovo ente' }),
  },
  {
    dialog: 'Nuovo referente',
    page: 'Rete',
    prepare: (page) => openOrganizationSection(page, /^Referenti/),
    wholePageIn: ['dark'],
    opener: (page) => page.getByRole('button', { name: 'Nuovo referente' }),
  },
  {
    dialog: 'Aggiungi a una rete',
    page: 'Rete',
    prepare: (page) => openOrganizationSection(page, /^Adesioni/),
    wholePageIn: ['dark'],
    opener: (page) => page.getByRole('button', { name: 'Aggiungi a una rete' }),
  },
  {
    dialog: 'Nuova relazione',
    page: 'Rete',
    prepare: (page) => openOrganizationSection(page, /^Relazioni/),
    wholePageIn: ['light', 'dark'],
    opener: (page) => page.getByRole('button', { name: 'Nuova relazione' }),
  },
  {
    dialog: `Unisci un duplicato in «${organizationName}»`,
    page: 'Rete',
    prepare: (page) => new RosterPage(page).openOrganization(organizationName),
    wholePageIn: ['dark'],
    opener: (page) => page.getByRole('button', { name: 'Unisci un duplicato…' }),
  },
];

/** The axe violations of an open dialog, with the page behind it where no other test scans it. */
function scanDialog(app: RegiaApp, entry: DialogCase, scheme: Scheme): Promise<string[]> {
  return entry.wholePageIn?.includes(scheme)
    ? app.seriousAccessibilityViolations()
    : app.dialogAccessibilityViolations();
}

// Every test here only opens dialogs and closes them unsaved: one app start serves them all, the
// dark theme's last, since it reloads the page in that theme.
const sharedPage = sharedDemoPage({ prepare: withoutTransitions });

test('every main dialog opens, is walked and closes with the keyboard alone, focus always visible and kept inside, and passes axe', async () => {
  test.setTimeout(300_000);
  const page = sharedPage();
  const app = new RegiaApp(page);
  const problems: string[] = [];
  for (const entry of dialogs) {
    await app.goTo(entry.page);
    await entry.prepare?.(page);
    const opener = entry.opener(page);
    await pressWithKeyboard(opener);
    const dialog = page.getByRole('dialog', { name: entry.dialog });
    await expect(dialog, entry.dialog).toBeVisible();
    const stops = await tabThroughDialog(dialog);
    expect(
      stops.length,
      `${entry.dialog}: Tab reaches its controls (${stops.map((stop) => stop.label).join(', ')})`,
    ).toBeGreaterThan(1);
    problems.push(...badStops(stops).map((problem) => `${entry.dialog}: ${problem}`));
    problems.push(
      ...(await scanDialog(app, entry, 'light')).map((found) => `${entry.dialog}: ${found}`),
    );
    await closeWithEscape(dialog);
    await expect(opener, `${entry.dialog} gives focus back to its opener`).toBeFocused();
  }
  expect(problems).toEqual([]);
});

test('the command palette opens with Ctrl+K and starts a new network from the keyboard', async () => {
  const page = sharedPage();
  const app = new RegiaApp(page);
  await app.goTo('Panoramica');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox').or(page.getByPlaceholder(/Cerca/)).first();
  await expect(search).toBeFocused();
  await page.keyboard.type('Nuova rete');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nuova rete' });
  await expect(dialog).toBeVisible();
  expect(badStops(await tabThroughDialog(dialog))).toEqual([]);
  // The overview behind it is scanned whole by accessibility.spec.ts.
  expect(await app.dialogAccessibilityViolations()).toEqual([]);
  await closeWithEscape(dialog);
});

test('the restore dialog is reached, walked and refused with the keyboard, and restores nothing', async () => {
  const page = sharedPage();
  const app = new RegiaApp(page);
  await app.goTo('Panoramica');
  const members = await app.statistic('stat-members');
  await app.goTo('Impostazioni');
  const downloadPromise = page.waitForEvent('download');
  await pressWithKeyboard(page.getByRole('button', { name: 'Salva backup su file…' }));
  const backupPath = test.info().outputPath('backup.regia');
  await (await downloadPromise).saveAs(backupPath);

  const chooserPromise = page.waitForEvent('filechooser');
  const restoreButton = page.getByRole('button', { name: 'Ripristina da file…' });
  await pressWithKeyboard(restoreButton);
  await (await chooserPromise).setFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Ripristinare questo backup?' });
  await expect(dialog.getByTestId('backup-summary')).toBeVisible();
  const stops = await tabThroughDialog(dialog);
  expect(stops.map((stop) => stop.label).join(' ')).toContain('Sostituisci i dati e ripristina');
  expect(badStops(stops)).toEqual([]);
  // The settings page behind it is scanned whole by accessibility.spec.ts.
  expect(await app.dialogAccessibilityViolations()).toEqual([]);
  await closeWithEscape(dialog);
  await expect(restoreButton).toBeFocused();
  await app.goTo('Panoramica');
  expect(await app.statistic('stat-members')).toBe(members);
});

test('in the dark theme every main dialog, with its error messages showing, passes axe', async () => {
  test.setTimeout(300_000);
  const page = sharedPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('regia-color-scheme', 'dark'));
  const app = new RegiaApp(page);
  await app.open();
  await app.waitForDemo();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  const problems: string[] = [];
  for (const entry of dialogs) {
    await app.goTo(entry.page);
    await entry.prepare?.(page);
    await pressWithKeyboard(entry.opener(page));
    const dialog = page.getByRole('dialog', { name: entry.dialog });
    await expect(dialog, entry.dialog).toBeVisible();
    if (entry.refusesEmpty) {
      // The cursor starts in the first field, ready to type.
      await expect(dialog.getByRole('textbox').first(), entry.dialog).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog.getByText('Campo obbligatorio').first(), entry.dialog).toBeVisible();
    }
    problems.push(
      ...(await scanDialog(app, entry, 'dark')).map((found) => `${entry.dialog}: ${found}`),
    );
    await closeWithEscape(dialog);
  }
  expect(problems).toEqual([]);
});
