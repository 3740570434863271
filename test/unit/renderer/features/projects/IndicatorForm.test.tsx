// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../../../../../shared/domain';
import { useT } from '../../../../../renderer/app/RegiaContext';
import { openIndicatorForm } from '../../../../../renderer/features/projects/page/IndicatorForm';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { createProjectWithIndicator } from './projectWithIndicator';

function Opener({ projectId, indicator }: { projectId: string; indicator?: Indicator }) {
  const t = useT();
  return (
    <button type="button" onClick={() => openIndicatorForm(t, projectId, indicator)}>
      apri
    </button>
  );
}

// Saving through fake-indexeddb under jsdom is slow on a loaded machine.
const dialogGone = (): Promise<void> =>
  waitFor(() => expect(screen.queryByRole('textbox', { name: 'Indicatore' })).toBeNull(), {
    timeout: 10_000,
  });

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the indicator form', () => {
  it('adds an indicator once however often Salva is clicked, and closes', async () => {
    const context = createTestContext();
    const { project } = await createProjectWithIndicator(context);
    renderInApp(<Opener projectId={project.id} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Indicatore' }), {
      target: { value: ' Aziende contattate ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Target' }), {
      target: { value: '1.250' },
    });
    const save = screen.getByRole('button', { name: 'Salva' });
    fireEvent.click(save);
    fireEvent.click(save);
    await dialogGone();
    const added = await context.db.indicators
      .where('projectId')
      .equals(project.id)
      .filter((indicator) => indicator.name === 'Aziende contattate')
      .toArray();
    expect(added).toMatchObject([{ target: 1250, kind: 'output', periodicity: 'trimestre' }]);
  });

  it('archives the indicator it edits and closes', async () => {
    const context = createTestContext();
    const { project, indicator } = await createProjectWithIndicator(context);
    renderInApp(<Opener projectId={project.id} indicator={indicator} />, context.db);
    fireEvent.click(screen.getByText('apri'));
    fireEvent.click(await screen.findByRole('button', { name: 'Archivia l’indicatore' }));
    await dialogGone();
    expect((await context.db.indicators.get(indicator.id))?.archivedAt).not.toBeNull();
  });
});

describe('the partners’ targets of an indicator', () => {
  it('saves the target typed for a partner, leaves the other to its budget share, and says when the parts miss the target', async () => {
    const context = createTestContext();
    const { project } = await createProjectWithIndicator(context);
    const partners = [
      { value: '00000000-0000-4000-8000-0000000000a1', label: 'AFOL Metropolitana' },
      { value: '00000000-0000-4000-8000-0000000000a2', label: 'Comune di Segrate' },
    ];
    function PartnersOpener() {
      const t = useT();
      return (
        <button type="button" onClick={() => openIndicatorForm(t, project.id, undefined, partners)}>
          apri
        </button>
      );
    }
    renderInApp(<PartnersOpener />, context.db);
    fireEvent.click(screen.getByRole('button', { name: 'apri' }));
    fireEvent.change(await screen.findByRole('textbox', { name: 'Indicatore' }), {
      target: { value: 'Tirocini attivati' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Target' }), {
      target: { value: '60' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /^AFOL Metropolitana/ }), {
      target: { value: '40' },
    });
    expect(
      await screen.findByText('Gli obiettivi dei partner sommano 40, il target è 60'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await dialogGone();
    const [saved] = await context.db.indicators
      .where('projectId')
      .equals(project.id)
      .filter((indicator) => indicator.name === 'Tirocini attivati')
      .toArray();
    expect(saved?.partnerTargets).toEqual([{ organizationId: partners[0]?.value, target: 40 }]);
  });
});
