import {
  featureImportsThroughIndexRule,
  noDataAccessInComponentsRule,
} from './featureBoundaries.js';
import { layersRule } from './layers.js';

/** Regia's own lint rules, registered under the `regia/` prefix. */
export const regiaPlugin = {
  rules: {
    layers: layersRule,
    'no-data-access-in-components': noDataAccessInComponentsRule,
    'feature-imports-through-index': featureImportsThroughIndexRule,
  },
};

/**
 * The config blocks of the feature boundaries: components never touch the database, features use
 * each other through their index. `wiring` are the files that create and provide the database;
 * the two allowlists are today's offenders, which may only shrink.
 */
export function featureBoundaryConfigs({ wiring, dataAccessOffenders, featureInternalsOffenders }) {
  return [
    {
      files: ['renderer/**/*.tsx'],
      ignores: [...wiring, ...dataAccessOffenders],
      plugins: { regia: regiaPlugin },
      rules: { 'regia/no-data-access-in-components': 'error' },
    },
    {
      files: ['renderer/features/**/*.{ts,tsx}'],
      ignores: featureInternalsOffenders,
      plugins: { regia: regiaPlugin },
      rules: { 'regia/feature-imports-through-index': 'error' },
    },
  ];
}
