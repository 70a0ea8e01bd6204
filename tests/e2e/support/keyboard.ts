import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export interface FocusInfo {
  tag: string;
  id: string;
  text: string;
  /** Whether the focused element shows a focus indicator (outline or box shadow). */
  visible: boolean;
}

export async function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', id: '', text: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.innerText || el.getAttribute('aria-label') || '').trim(), visible: outline || style.boxShadow !== 'none' };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking on the way that every
 * element reached shows where the focus is.
 */
export async function tabTo(page: Page, matches: (f: FocusInfo) => boolean, options: { backwards?: boolean; max?: number } = {}): Promise<FocusInfo> {
  for (let i = 0; i < (options.max ?? 60); i++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.tag !== 'body') assert.ok(f.visible, `the focus on <${f.tag} id="${f.id}"> "${f.text}" is visible`);
    if (matches(f)) return f;
  }
  assert.fail('the element was never reached by keyboard');
}
