// A table that may be wider than a phone scrolls inside its own box instead of the page: a
// labelled region that takes the keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1).
import type { ComponentChildren } from 'preact';

export function ScrollTable({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={label}>{children}</div>;
}
