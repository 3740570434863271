import { expect, test } from './fixtures';
import { MapPage } from './pages/MapPage';

// Several engineers' browsers share two cores here: give the test room.
test.describe.configure({ timeout: 150_000 });

test('a map import adds what the file holds, and its Annulla puts the map back as it was', async ({
  demoPage: page,
}) => {
  const map = new MapPage(page);
  await map.openOnDemo();
  const before = await map.summary();

  // Gephi's node table with one organization of its own: a new node and its membership.
  await map.importFile('nodi.csv', Buffer.from('Id,Label\n,Cooperativa Il Ponte\n', 'utf8'));
  const review = page.getByRole('dialog', { name: 'Controlla le modifiche prima di applicarle' });
  await expect(review.getByTestId('map-import-counts')).toContainText('Enti nuovi1', {
    timeout: 30_000,
  });
  await review.getByRole('button', { name: 'Applica' }).click();
  const notice = page.getByTestId('map-import-applied');
  await expect(notice).toContainText('Mappa importata: 2 modifiche applicate', { timeout: 30_000 });
  await expect
    .poll(async () => (await map.summary()).nodes, { timeout: 30_000 })
    .toBe(before.nodes + 1);

  await notice
    .getByRole('button', { name: 'Annulla importazione della mappa da nodi.csv' })
    .click();
  await expect(
    page.getByText('Importazione annullata: la mappa è tornata com’era (2 record ripristinati).', {
      exact: true,
    }),
  ).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => map.summary(), { timeout: 30_000 }).toEqual(before);
});
