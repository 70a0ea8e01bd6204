import type { Summit } from '../../domain/summit.ts';
import { formatDateTime } from '../i18n/messages.ts';
import { Layout, type PageContext } from '../layout.tsx';

export function SummitListPage({ ctx, summits }: { ctx: PageContext; summits: Summit[] }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t.summitPage.summitsHeading}>
      <h1>{t.summitPage.summitsHeading}</h1>
      {summits.length === 0 ? <p>{t.summitPage.noSummits}</p> : (
        <ul class="nobullet-list samskab-summit-list">
          {summits.map((s) => (
            <li class="card">
              <div class="card-content">
                <h2 class="card-heading"><a href={`/topmoede/${s.slug}`}>{s.title}</a></h2>
                <p class="card-subheading">{t.summitPage.publicStatus[s.status]}{s.startsAt && s.status !== 'postponed' && s.status !== 'cancelled' ? ` · ${formatDateTime(lang, s.startsAt)}` : ''}</p>
                {s.purpose ? <p>{s.purpose}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
