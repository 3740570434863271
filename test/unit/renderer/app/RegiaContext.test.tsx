// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useRegia } from '../../../../renderer/app/RegiaContext';
import { en } from '../../../../renderer/i18n/englishOnDemand';
import { renderInApp } from '../ui/renderInApp';

function LanguageSwitch() {
  const { t, updateSettings } = useRegia();
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <button type="button" onClick={() => void updateSettings({ language: 'en' })}>
        English
      </button>
    </>
  );
}

afterEach(cleanup);

describe('the language switch', () => {
  it('loads the English texts the start left out, then draws the page in English', async () => {
    renderInApp(<LanguageSwitch />);
    expect(screen.getByRole('heading').textContent).toBe('Panoramica');
    expect(en['nav.overview']).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeTruthy();
    expect(en['nav.overview']).toBe('Overview');
    expect(document.documentElement.lang).toBe('en');
  });
});
