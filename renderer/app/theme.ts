import { createTheme, Loader, type CSSVariablesResolver } from '@mantine/core';

/** Regia's Mantine theme: darker shades than the defaults so text and buttons meet WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  defaultRadius: 'md',
  components: {
    // Loaders carry an aria-label ("Caricamento…"), which only an element with a role may have.
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
  },
});

/**
 * In the light scheme, Mantine's "light" variants (active navigation, light badges) put shade 9
 * text on shade 2–3 backgrounds when hovered, under 4.5:1; paler backgrounds keep them readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolvedTheme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolvedTheme.colors.gray[7],
    ...Object.fromEntries(
      Object.entries(resolvedTheme.colors).flatMap(([color, shades]) => [
        [`--mantine-color-${color}-light`, shades[0]],
        [`--mantine-color-${color}-light-hover`, shades[1]],
        [`--mantine-color-${color}-light-color`, shades[9]],
      ]),
    ),
  },
  dark: {},
});
