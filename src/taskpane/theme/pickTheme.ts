/** The two Fluent themes the task pane uses. */
export type ThemeName = 'light' | 'dark';

export interface PickThemeOptions {
  /** Office's `officeTheme.bodyBackgroundColor` (`#RRGGBB` or `#RGB`); absent outside Office or where the host has no theme. */
  officeBackground?: string | null;
  /** The browser's `prefers-color-scheme: dark`, used when Office gives no usable colour. */
  prefersDark?: boolean;
}

/**
 * Chooses light or dark for the task pane: from Office's body background when Office gives one
 * (so the pane matches Excel's Office theme, whatever the system's setting), otherwise from the
 * browser's colour-scheme preference (standalone web mode).
 *
 * A background is dark when white text contrasts with it better than black text does (WCAG
 * relative luminance below about 0.179), so Office's mid-grey themes land on the readable side.
 *
 * @example
 * pickTheme({ officeBackground: '#262626' }) // → 'dark'
 * pickTheme({ officeBackground: '#FFFFFF', prefersDark: true }) // → 'light': Office wins
 * pickTheme({ prefersDark: true }) // → 'dark'
 */
export function pickTheme({ officeBackground = null, prefersDark = false }: PickThemeOptions = {}): ThemeName {
  const luminance = officeBackground == null ? null : relativeLuminance(officeBackground);
  if (luminance == null) return prefersDark ? 'dark' : 'light';
  // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05; they are equal at L ≈ 0.179.
  return 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 ? 'dark' : 'light';
}

/** WCAG 2 relative luminance of `#RRGGBB` / `#RGB` (the `#` optional), or null for anything else. */
function relativeLuminance(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => linear(parseInt(full.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** sRGB channel (0..1) to linear light. */
function linear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
