// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appRoutes, detailRoutes } from '../../../renderer/app/routes';
import { benchPages, pagesMeasuredElsewhere, pagesWanted } from '../../bench/measures/pages';

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

  it('are those whose id starts with a prefix given to --only, or all of them without --only', () => {
    const ids = (argv: string[]): string[] => pagesWanted(argv).map((page) => page.id);
    expect(ids(['--only', 'app.cold-start,page.rete'])).toEqual(['page.rete', 'page.rete.ente']);
    expect(ids(['--runs', '3'])).toEqual(benchPages.map((page) => page.id));
    expect(ids(['--only', 'page.'])).toEqual(benchPages.map((page) => page.id));
  });
});
