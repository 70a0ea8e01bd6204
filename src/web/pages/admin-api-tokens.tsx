// The coordinator's API tokens: create one (shown once, never again), list them, revoke one.
import { CsrfField, TextField } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from './admin-shell.tsx';

export interface ApiTokenRow { id: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null; expiresAt: string | null; scope: 'read' | 'write'; expired: boolean }

export function AdminApiTokensPage({ ctx, tokens, newToken, saved, state }: {
  ctx: PageContext; tokens: ApiTokenRow[]; newToken?: { token: string; expiresAt: string; scope: 'read' | 'write' }; saved: boolean; state?: FormState;
}) {
  const { t, lang } = ctx;
  const k = t.admin.tokens;
  const errors = errorsOf(state, 'token');
  return (
    <AdminPage ctx={ctx} title={k.heading} saved={saved} state={state}>
      <p><a href="/admin">{t.admin.nav.allSummits}</a></p>
      <p>{k.intro}</p>
      {newToken ? (
        <div class="alert alert-success" role="status" tabindex={-1} data-notice>
          <div class="alert-body">
            <h2 class="alert-heading h3">{k.createdHeading}</h2>
            <p class="alert-text">{k.createdOnce}</p>
            <p><code id="new-api-token" class="samskab-token">{newToken.token}</code></p>
            <p>{k.expiresOn(formatDateTime(lang, newToken.expiresAt))} {newToken.scope === 'read' ? k.readOnly : k.readWrite}</p>
          </div>
        </div>
      ) : null}
      <h2>{k.caption}</h2>
      {tokens.length === 0 ? <p>{k.none}</p> : (
        <table class="table table--zebra">
          <caption class="sr-only">{k.caption}</caption>
          <thead><tr><th scope="col">{k.label}</th><th scope="col">{k.created}</th><th scope="col">{k.lastUsed}</th><th scope="col">{k.expires}</th><th scope="col">{k.scope}</th><th scope="col">{k.state}</th><th scope="col">{t.admin.actions}</th></tr></thead>
          <tbody>
            {tokens.map((token) => (
              <tr>
                <th scope="row">{token.label || t.admin.none}</th>
                <td>{formatDateTime(lang, token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(lang, token.lastUsedAt) : k.never}</td>
                <td>{token.expiresAt ? formatDateTime(lang, token.expiresAt) : k.never}</td>
                <td>{token.scope === 'read' ? k.readOnlyShort : k.readWriteShort}</td>
                <td>{token.revokedAt ? `${k.revoked} ${formatDateTime(lang, token.revokedAt)}` : token.expired ? k.expired : k.active}</td>
                <td>
                  {token.revokedAt ? t.admin.none : (
                    <form method="post" action={`/admin/api-tokens/${token.id}/revoke`}>
                      <CsrfField token={ctx.csrfToken} />
                      <button type="submit" class="button button-secondary">{k.revoke}<span class="sr-only"> {token.label}</span></button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{k.createHeading}</h2>
      <form method="post" action="/admin/api-tokens" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="label" label={k.label} hint={k.labelHint} value={valueOf(state, 'token', 'label', '')} errors={errors} required />
        <div class="form-group">
          <input type="checkbox" id="token-read-only" name="readOnly" value="1" class="form-checkbox" checked={valueOf(state, 'token', 'readOnly', '') === '1'} />
          <label for="token-read-only">{k.readOnlyChoice}</label>
        </div>
        <button type="submit" class="button button-primary">{k.create}</button>
      </form>
    </AdminPage>
  );
}
