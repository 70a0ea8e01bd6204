// WCAG 2.1 contrast between colours, so a municipality's own colour can be the primary colour of
// buttons and links without falling below AA (4.5:1 for normal text). Pure arithmetic on "#rrggbb".

const channels = (hex: string): [number, number, number] => {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!value) throw new RangeError(`not a colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
};

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance as WCAG 2.1 defines it, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.1 AA for normal text. */
export const AA_CONTRAST = 4.5;

const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** The colour darkened by `share` (0 keeps it, 1 makes it black), keeping its hue. */
export function darken(hex: string, share: number): string {
  return toHex(channels(hex).map((c) => c * (1 - share)));
}

/**
 * The colour itself when white text on it (and it as text on white) meets AA, else the lightest
 * darker shade of it that does: the municipality keeps its hue, the reader keeps the contrast.
 */
export function accessibleOnWhite(hex: string): string {
  for (let step = 0; step <= 100; step++) {
    const shade = darken(hex, step / 100);
    if (contrastRatio(shade, '#ffffff') >= AA_CONTRAST) return shade;
  }
  return '#000000';
}
