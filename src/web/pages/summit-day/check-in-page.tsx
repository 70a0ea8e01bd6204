// The check-in page on a helper's phone (mobile first, 375 px and up): search by name, the badge's
// code typed or scanned, one tap to check in, undo, walk-ins and live counts. check-in.js does the
// work, talking to the check-in API with the link's token and queueing on the phone when offline.
import type { CheckInPageView } from '../../../use-cases/check-in/open-check-in-page.ts';
import { Layout, type PageContext } from '../../layout.tsx';

/** The texts check-in.js shows, with {placeholders} where the page's functions take arguments. */
function clientTexts(ctx: PageContext) {
  const p = ctx.t.checkIn.page;
  return {
    total: p.total(-1, -2).replace('-1', '{checkedIn}').replace('-2', '{expected}'),
    byGroup: p.byGroup, byTable: p.byTable(-1).replace('-1', '{round}'), table: p.table('{name}'), withoutSeat: p.withoutSeat(-1).replace('-1', '{n}'),
    searchHint: p.searchHint, noMatches: p.noMatches, matches: p.matches(-1).replace('-1', '{n}'), oneMatch: p.matches(1), moreMatches: p.moreMatches,
    checkIn: p.checkIn, checkInName: p.checkInName('{name}'), undo: p.undo, undoName: p.undoName('{name}'), checkedInAt: p.checkedInAt('{time}'),
    queued: p.queued, tables: p.tables('{tables}'), facilitator: p.facilitator, scan: p.scan, stopScan: p.stopScan, scanning: p.scanning, noCamera: p.noCamera,
    walkInName: p.walkInName, done: p.done('{name}'), already: p.already('{name}', '{time}'), undone: p.undone('{name}'), queuedDone: p.queuedDone('{name}'),
    walkInSeated: p.walkInSeated('{name}'), walkInRecorded: p.walkInRecorded('{name}'), walkInQueued: p.walkInQueued('{name}'),
    online: p.online, offline: p.offline, pending: p.pending(-1).replace('-1', '{n}'), onePending: p.pending(1), failed: p.failed('{name}', '{reason}'),
    unknownError: p.unknownError, linkGone: p.linkGone, statuses: ctx.t.checkIn.statuses, errors: ctx.t.errors.codes,
  };
}

export function CheckInPage({ ctx, view }: { ctx: PageContext; view: CheckInPageView }) {
  const p = ctx.t.checkIn.page;
  return (
    <Layout ctx={ctx} title={p.title} personal>
      <link rel="stylesheet" href="/assets/check-in.css" />
      <div class="checkin" data-summit-id={view.summit.id} data-lang={ctx.lang}>
        <h1 class="checkin-heading">{p.heading(view.summit.title)}</h1>
        {view.label ? <p class="checkin-label">{p.link(view.label)}</p> : null}
        <noscript><div class="alert alert-warning"><p class="alert-text">{p.noScript}</p></div></noscript>
        <p id="checkin-connection" class="checkin-connection" role="status"></p>
        <div id="checkin-message" class="checkin-message" role="status" aria-live="polite"></div>

        <section aria-labelledby="checkin-search-heading" class="checkin-section">
          <h2 id="checkin-search-heading" class="h3">{p.searchHeading}</h2>
          <div class="form-group">
            <label class="form-label" for="checkin-search">{p.searchLabel}</label>
            <span class="form-hint" id="checkin-search-hint">{p.searchHint}</span>
            <input class="form-input input-width-l checkin-wide" type="search" id="checkin-search" autocomplete="off" spellcheck={false} aria-describedby="checkin-search-hint" aria-controls="checkin-results" />
          </div>
          <p id="checkin-results-count" class="checkin-results-count" aria-live="polite"></p>
          <ul id="checkin-results" class="nobullet-list checkin-results"></ul>
        </section>

        <section aria-labelledby="checkin-code-heading" class="checkin-section">
          <h2 id="checkin-code-heading" class="h3">{p.codeHeading}</h2>
          <form id="checkin-code-form" class="checkin-code-form" novalidate>
            <div class="form-group">
              <label class="form-label" for="checkin-code">{p.codeLabel}</label>
              <input class="form-input checkin-code-input" type="text" id="checkin-code" name="code" autocomplete="off" autocapitalize="characters" spellcheck={false} maxLength={20} />
            </div>
            <button type="submit" class="button button-primary">{p.checkIn}</button>
          </form>
          <button type="button" id="checkin-scan" class="button button-secondary checkin-scan" hidden>{p.scan}</button>
          <div id="checkin-camera" class="checkin-camera" hidden>
            <p>{p.scanning}</p>
            <video id="checkin-video" class="checkin-video" playsinline muted aria-label={p.scanning}></video>
          </div>
        </section>

        <section aria-labelledby="checkin-counts-heading" class="checkin-section">
          <h2 id="checkin-counts-heading" class="h3">{p.countsHeading}</h2>
          <p id="checkin-total" class="checkin-total"></p>
          <div id="checkin-counts"></div>
        </section>

        <section aria-labelledby="checkin-walkin-heading" class="checkin-section">
          <h2 id="checkin-walkin-heading" class="h3">{p.walkInHeading}</h2>
          <p>{p.walkInIntro}</p>
          <form id="checkin-walkin-form" novalidate>
            <div class="form-group">
              <label class="form-label" for="walkin-name">{p.name}</label>
              <input class="form-input checkin-wide" type="text" id="walkin-name" name="name" autocomplete="off" maxLength={200} />
            </div>
            <div class="form-group">
              <label class="form-label" for="walkin-email">{p.email}</label>
              <input class="form-input checkin-wide" type="email" id="walkin-email" name="email" autocomplete="off" maxLength={320} />
            </div>
            <div class="form-group">
              <label class="form-label" for="walkin-group">{p.group}</label>
              <select class="form-select checkin-wide" id="walkin-group" name="groupId">
                {view.groups.map((g) => <option value={g.id}>{g.name}</option>)}
              </select>
            </div>
            <div class="form-group">
              <label class="form-label" for="walkin-organisation">{p.organisation}</label>
              <select class="form-select checkin-wide" id="walkin-organisation" name="organisationId">
                <option value="">{p.noOrganisation}</option>
                {view.groups.flatMap((g) => g.organisations.map((o) => <option value={o.id} data-group={g.id}>{o.name}</option>))}
              </select>
            </div>
            <div class="checkin-buttons">
              <button type="submit" class="button button-primary" name="seat" value="1">{p.walkInSeat}</button>
              <button type="submit" class="button button-secondary" name="seat" value="0" id="walkin-without-seat">{p.walkInWithoutSeat}</button>
            </div>
          </form>
        </section>
      </div>
      <script type="application/json" id="checkin-texts" dangerouslySetInnerHTML={{ __html: JSON.stringify(clientTexts(ctx)).replace(/</g, '\\u003c') }}></script>
      <script src="/assets/vendor/qr/barcode-detector/dist/iife/ponyfill.js" defer></script>
      <script src="/assets/check-in.js" defer></script>
    </Layout>
  );
}
