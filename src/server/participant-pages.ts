// The participant's page for a visitor without a session, rendered once per state of the summit,
// language and shape of the answer (status, re-confirmation, notice), with placeholders for what
// is the person's own: their link, name, deadline, needs, messages, consents and CSRF token. A
// request fills those in, so it renders only the list of messages sent to them.
import type { ParticipantPageView } from '../use-cases/registration/get-participant-page.ts';
import { participantPath } from '../use-cases/personal-links.ts';
import { formatDate } from '../web/i18n/messages.ts';
import { escapeText, renderFragment, renderPage, type PageContext } from '../web/layout.tsx';
import { ParticipantPage, SentMessages, takesAnswers, type ParticipantNotice } from '../web/pages/participant-page.tsx';
import { ParticipantConsents, WithdrawConsents } from '../web/pages/personal-data/participant-consents.tsx';
import { createTemplateCache } from './page-cache.ts';

const slots = ['token', 'name', 'deadline', 'diet', 'accessibility', 'messages', 'consents', 'csrf'] as const;

export interface ParticipantPages {
  /**
   * The page (UTF-8) as `renderPage(ParticipantPage(…))` gives it for a visitor without a session, or
   * undefined for a token the renderer would write otherwise than it reads (never a real one).
   */
  render(ctx: PageContext, token: string, page: ParticipantPageView, notice: ParticipantNotice | undefined, csrfToken: () => string): Promise<Buffer | undefined>;
}

/** `secret`: a random text of [A-Za-z0-9_-] that no page can contain otherwise. */
export function createParticipantPages(secret: string, capacity = 500): ParticipantPages {
  const cache = createTemplateCache(slots, secret, capacity);
  const stand = cache.placeholders;
  return {
    async render(ctx, token, page, notice, csrfToken) {
      if (!/^[\w-]+$/.test(token)) return undefined;
      const { summit, invitation } = page;
      const key = JSON.stringify([summit, ctx.brand, ctx.lang, invitation.status, page.reconfirmState, notice ?? '', Boolean(invitation.answerDeadline)]);
      const render = () => renderPage(ParticipantPage({
        ctx: { ...ctx, path: participantPath(stand.token), csrfToken: stand.csrf },
        view: { ...page, base: participantPath(stand.token), invitation: { ...invitation, name: stand.name, dietNeeds: stand.diet, accessibilityNeeds: stand.accessibility } },
        notice,
        parts: { deadline: stand.deadline, messages: stand.messages, consents: stand.consents },
      }));
      // One token per request: the withdraw form on a closed page carries it inside the consents slot.
      let csrf: string | undefined;
      const csrfOnce = () => (csrf ??= csrfToken());
      const { html } = await cache.get(key, render, (slot) => {
        switch (slot) {
          case 'token': return token;
          case 'name': return escapeText(invitation.name);
          case 'deadline': return escapeText(formatDate(ctx.lang, invitation.answerDeadline!));
          case 'diet': return escapeText(invitation.dietNeeds);
          case 'accessibility': return escapeText(invitation.accessibilityNeeds);
          case 'messages': return renderFragment(SentMessages({ ctx, messages: page.messages }));
          case 'consents': return renderFragment(takesAnswers(invitation, summit)
            ? ParticipantConsents({ ctx, consents: page.consents })
            : WithdrawConsents({ ctx: { ...ctx, csrfToken: csrfOnce() }, base: participantPath(token), consents: page.consents }));
          case 'csrf': return csrfOnce();
        }
      });
      return html;
    },
  };
}
