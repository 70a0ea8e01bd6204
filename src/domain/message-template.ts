// A coordinator's own wording of a message kind for one summit. Placeholders in curly brackets are
// filled in per recipient when the message is queued; unknown placeholders are left as written.
export const placeholderNames = ['navn', 'topmøde', 'dato', 'sted', 'link', 'frist', 'begrundelse', 'arrangør', 'organisation'] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

/** Message kinds whose text a coordinator may adjust. */
export const adjustableKinds = ['invitation', 'postponed', 'rescheduled', 'reconfirm_reminder', 'reconfirm_lost', 'cancelled', 'interest_accepted', 'interest_declined'] as const;
export type AdjustableKind = (typeof adjustableKinds)[number];

export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(/\{([a-zæøå]+)\}/g, (whole, name: string) => values[name as PlaceholderName] ?? whole);
}

/**
 * Turns a message rendered with example values back into a template, so the coordinator starts
 * from the standard wording with the placeholders in place. Longer values first, so a value that
 * contains another is replaced whole.
 */
export function templateFromExample(text: string, example: PlaceholderValues): string {
  const entries = Object.entries(example).filter(([, v]) => v && v.length > 2).sort((a, b) => b[1]!.length - a[1]!.length);
  let result = text;
  for (const [name, value] of entries) result = result.split(value!).join(`{${name}}`);
  return result;
}
