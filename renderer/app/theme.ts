import {
  Autocomplete,
  createTheme,
  Loader,
  MultiSelect,
  Select,
  TagsInput,
  type CSSVariablesResolver,
} from '@mantine/core';

/**
 * The list of options scrolls itself instead of through a ScrollArea inside it: a scrolling
 * listbox tied to its combobox is reachable with the arrow keys, while the ScrollArea's own
 * viewport is a scrolling region no key reaches (axe: scrollable-region-focusable).
 */
const listboxScrollsItself = {
  defaultProps: { withScrollArea: false },
  styles: { options: { maxHeight: 'calc(14rem * var(--mantine-scale))', overflowY: 'auto' } },
} as const;

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
    Select: Select.extend(listboxScrollsItself),
    MultiSelect: MultiSelect.extend(listboxScrollsItself),
    Autocomplete: Autocomplete.extend(listboxScrollsItself),
    TagsInput: TagsInput.extend(listboxScrollsItself),
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
    // Error messages in the default red are 3.3:1 on white.
    '--mantine-color-error': resolvedTheme.colors.red[9],
    ...Object.fromEntries(
      Object.entries(resolvedTheme.colors).flatMap(([color, shades]) => [
        [`--mantine-color-${color}-light`, shades[0]],
        [`--mantine-color-${color}-light-hover`, shades[1]],
        [`--mantine-color-${color}-light-color`, shades[9]],
      ]),
    ),
  },
  dark: {
    // Dimmed text (field descriptions) in the default dark-2 is about 4:1 on a dialog.
    '--mantine-color-dimmed': resolvedTheme.colors.dark[1],
    '--mantine-color-error': resolvedTheme.colors.red[4],
  },
});
