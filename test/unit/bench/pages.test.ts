// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appRoutes, detailRoutes } from '../../../renderer/app/routes';
import { benchPages, pagesMeasuredElsewhere } from '../../bench/measures/pages';

describe('the pages the bench opens', () => {
  it('are every page of the app, each route once, or name the measure that times it', () => {
    const routes = [...appRoutes, ...detailRoutes].map((route) => route.path).sort();
    const measured = [
      ...benchPages.map((page) => page.route),
      ...Object.keys(pagesMeasuredElsewhere),
    ].sort();
    expect(measured).toEqual(routes);
  });

  it('have ids of their own, each starting with page.', () => {
    const ids = benchPages.map((page) => page.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith('page.'))).toBe(true);
  });
});
