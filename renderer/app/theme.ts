import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Regia's Mantine theme: darker shades than the defaults so text and badges meet WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  defaultRadius: 'md',
});

/** Darker dimmed and light-variant text in the light scheme, for 4.5:1 contrast on small text. */
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolvedTheme.colors.gray[7],
    ...Object.fromEntries(
      Object.keys(resolvedTheme.colors).map((color) => [
        `--mantine-color-${color}-light-color`,
        resolvedTheme.colors[color]?.[9] ?? '',
      ]),
    ),
  },
  dark: {},
});
