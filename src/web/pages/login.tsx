import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../form-fields.tsx';
import { Layout, type PageContext } from '../layout.tsx';

export function LoginPage({ ctx, email, next, errors, message }: { ctx: PageContext; email: string; next: string; errors: FieldErrors; message?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t.login.heading}>
      <h1>{t.login.heading}</h1>
      {message ? <div class="alert alert-info" role="status"><div class="alert-body"><p class="alert-text">{message}</p></div></div> : null}
      <ErrorSummary errors={errors} t={t} />
      <form method="post" action="/login" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="next" value={next} />
        <TextField name="email" type="email" label={t.login.email} value={email} errors={errors} autocomplete="username" required />
        <TextField name="password" type="password" label={t.login.password} errors={errors} autocomplete="current-password" required />
        <button type="submit" class="button button-primary">{t.login.submit}</button>
      </form>
    </Layout>
  );
}
