// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installPageOpener, type PageContent } from '../../bench/runner/pageOpener';

const labels = ['Caricamento…', 'regia-main'] as const;

const content: PageContent = {
  heading: 'Enti della rete',
  shown: [
    { selector: '[data-testid="roster-count"]', number: 5000 },
    { selector: 'tbody tr', atLeast: 2 },
  ],
};

/** Draws the main region as a page would, in one go. */
function draw(html: string): void {
  const main = document.getElementById('regia-main');
  if (!main) throw new Error('no main region');
  main.innerHTML = html;
}

const page = (count: string, rows: number, extra = ''): string =>
  `<h1>Enti della rete</h1><p data-testid="roster-count">${count}</p>${extra}<table><tbody>${'<tr><td>ente</td></tr>'.repeat(rows)}</tbody></table>`;

/** Whether the opening has resolved 50 ms after the last drawing: only a "not yet" is read from
 * it, since a loaded machine may take longer than that to resolve; that it does resolve is awaited. */
async function settled(opening: Promise<number>): Promise<boolean> {
  let done = false;
  void opening.then(() => {
    done = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return done;
}

function open(pageContent: PageContent = content): Promise<number> {
  if (!globalThis.regiaOpenPage) throw new Error('not installed');
  return globalThis.regiaOpenPage('#/rete', pageContent, labels);
}

describe('the bench page opener', () => {
  beforeEach(() => {
    document.body.innerHTML = '<main id="regia-main"><h1>Impostazioni</h1></main>';
    installPageOpener();
  });
  afterEach(() => {
    globalThis.regiaOpenPage = undefined;
    location.hash = '';
  });

  it('goes to the route and resolves with the time once the heading, the rows and the count are drawn', async () => {
    const opening = open();
    expect(location.hash).toBe('#/rete');
    draw(page('5.000 enti su 5.000', 3));
    expect(await opening).toBeGreaterThanOrEqual(0);
  });

  it('waits while the count is not the expected one, or too few rows are drawn', async () => {
    const opening = open();
    draw(page('12 enti su 5.000', 3));
    expect(await settled(opening)).toBe(false);
    draw(page('5000 enti su 5000', 1));
    expect(await settled(opening)).toBe(false);
    draw(page('5 000 enti su 5 000', 2));
    expect(await opening).toBeGreaterThanOrEqual(0);
  });

  it('waits while the previous page is shown or a loader is left in the main region', async () => {
    const opening = open();
    draw(page('5000 enti', 3).replace('Enti della rete', 'Impostazioni'));
    expect(await settled(opening)).toBe(false);
    draw(page('5000 enti', 3, '<span aria-label="Caricamento…"></span>'));
    expect(await settled(opening)).toBe(false);
    draw(page('5000 enti', 3));
    expect(await opening).toBeGreaterThanOrEqual(0);
  });

  it('waits for a text pattern and for a mark set after the route change', async () => {
    performance.mark('regia:map-first-frame');
    const opening = open({
      heading: 'Mappa della rete',
      shown: [{ selector: 'p', text: '^\\d' }],
      mark: 'regia:map-first-frame',
    });
    draw('<h1>Mappa della rete</h1><p>—</p>');
    expect(await settled(opening)).toBe(false);
    draw('<h1>Mappa della rete</h1><p>42</p>');
    expect(await settled(opening)).toBe(false);
    performance.mark('regia:map-first-frame');
    expect(await opening).toBeGreaterThanOrEqual(0);
  });
});
