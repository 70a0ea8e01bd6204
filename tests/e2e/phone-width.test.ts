// Every main page at 375 px, the width of a small phone: none may scroll sideways (wide tables
// scroll inside their own box), and axe finds nothing. The pages are those of the demo summit
// (as a coordinator sets it up, with a forum's recruiter and its people) and of a held summit
// (its day, tables, notes, survey and report), each filled with enough data to show its tables.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { OrganisationId, SummitId } from '../../src/domain/ids.ts';
import { submitInterestRequest } from '../../src/use-cases/lifecycle/submit-interest-request.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { nominateParticipant } from '../../src/use-cases/registration/nominate-participant.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { sendSurvey } from '../../src/use-cases/survey/send-survey.ts';
import { buildCheckInLink } from '../support/check-in-builders.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { assertAccessible, coordinatorSessionOf, startE2eApp, type E2eApp } from './support/app-fixture.ts';
import { systemAccess } from '../support/access.ts';

const phone = { width: 375, height: 740 };

/** The page's own width, and the elements that reach past the right edge of the screen unclipped. */
async function widthOf(page: Page): Promise<{ width: number; offenders: string[] }> {
  // A string, not a function: the test's compiler would add helpers the browser does not have.
  return page.evaluate(`(() => {
    const edge = document.documentElement.clientWidth + 0.5;
    const clipped = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= edge) return true;
      }
      return false;
    };
    const offenders = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > edge && !clipped(el))
      .slice(0, 8)
      .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
        + ' right=' + Math.round(el.getBoundingClientRect().right));
    return { width: document.documentElement.scrollWidth, offenders };
  })()`);
}

interface World {
  demo: SummitId;
  held: SummitId;
  ids: Record<string, string>;
  tokens: Record<string, string>;
}

describe('every main page on a 375 px phone', () => {
  let app: E2eApp;
  let session: BrowserContextOptions['storageState'];
  const runner = createInlinePlanRunner(100);
  const world = { ids: {}, tokens: {} } as World;

  before(async () => {
    app = await startE2eApp();
    session = await coordinatorSessionOf(app);
    const { deps } = app;
    const demo = app.demo.id;
    world.demo = demo;
    const groups = await deps.db.stores.groups.list(demo);
    const areas = await deps.db.stores.areas.list(demo);
    const organisations = await deps.db.stores.organisations.list(demo);
    const forum = organisations.find((o) => o.kind === 'local_forum' && o.areaId)!;
    // Mailed, so the outbox has a message to open.
    const recruiter = await createRecruiterLink({ ...deps, publicUrl: app.baseUrl }, systemAccess, forum.id as OrganisationId, { sendEmail: true });
    const recruiterToken = new URL(recruiter.url).pathname.split('/').pop()!;
    // Long names and addresses, as real ones are: more than the quota, so some wait.
    for (let i = 0; i < forum.quota + 2; i++) {
      await nominateParticipant(deps, recruiterToken, { name: `Margrethe Kristiansen-Østergaard ${i + 1}`, email: `margrethe.kristiansen.oestergaard.${i + 1}@lokalforum-eksempel.example`, areaId: forum.areaId });
    }
    await submitInterestRequest(deps, demo, { areaId: forum.areaId!, name: 'Borger Bent Bentsen', email: 'bent.bentsen.fra.landsbyen@example.dk', consent: true, message: 'Jeg vil gerne være med og høre om lokal udvikling i vores by.' });
    const person = (await deps.db.stores.invitations.listBySummit(demo)).find((i) => i.status === 'pending')!;
    const message = (await deps.db.stores.outbox.listForSummit(demo, 1))[0]!;
    const items = await deps.db.stores.programme.list(demo);
    world.ids = { group: groups[0]!.id, area: areas[0]!.id, organisation: forum.id, item: items[0]!.id, person: person.id, message: message.id };
    world.tokens.recruiter = recruiterToken;

    const held = await buildSeatingSummit(deps, { people: 12, facilitators: 2, groups: 2, accessibilityNeeds: 2 });
    const heldId = held.summit.id as SummitId;
    world.held = heldId;
    await deps.db.stores.summits.update(heldId, { status: 'published', startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-01T15:00:00.000Z' }, deps.clock.now());
    const plan = await planTables(deps, runner, systemAccess, heldId, { rounds: 2, seconds: 0.1 });
    await runner.idle();
    await publishSeatingPlan(deps, systemAccess, plan.id);
    world.ids.plan = plan.id;
    world.tokens.checkIn = (await buildCheckInLink(deps, heldId)).token;
    await deps.db.stores.summits.update(heldId, { status: 'held' }, deps.clock.now());
    await sendSurvey(deps, systemAccess, heldId);
    const survey = (await deps.db.stores.outbox.listForSummit(heldId, 1000)).find((m) => m.toAddress === held.people[2]!.email)!;
    world.tokens.survey = /\/s\/([A-Za-z0-9_-]{16,})/.exec(survey.bodyText)![1]!;
    world.tokens.participant = tokenOf('Deltager 1', heldId);
    world.tokens.facilitator = tokenOf('Facilitator 1', heldId);
  });
  after(async () => { await runner.stopAll(); await app?.close(); });

  const demoPage = (section: string) => (w: World) => `/admin/summits/${w.demo}${section}`;
  const heldPage = (section: string) => (w: World) => `/admin/summits/${w.held}${section}`;
  const pages: [string, boolean, (w: World) => string][] = [
    ['the front page', false, () => '/'],
    ["the demo summit's public page", false, () => `/topmoede/${app.demo.slug}`],
    ['the login page', false, () => '/login'],
    ["the demo summit's privacy notice", false, () => `/topmoede/${app.demo.slug}/privatliv`],
    ["the privacy notice behind a participant's link", false, (w) => `/i/${w.tokens.participant}/privatliv`],
    ["the privacy notice behind the recruiter's link", false, (w) => `/r/${w.tokens.recruiter}/privatliv`],
    ["the recruiter's page", false, (w) => `/r/${w.tokens.recruiter}`],
    ["a participant's page", false, (w) => `/i/${w.tokens.participant}`],
    ["a participant's table", false, (w) => `/i/${w.tokens.participant}/bord`],
    ["a participant's day", false, (w) => `/i/${w.tokens.participant}/min-dag`],
    ["a facilitator's notes", false, (w) => `/i/${w.tokens.facilitator}/noter`],
    ['the feedback survey', false, (w) => `/s/${w.tokens.survey}`],
    ['the check-in page', false, (w) => `/checkin/${w.tokens.checkIn}`],
    ['the list of summits', true, () => '/admin'],
    ['the API tokens', true, () => '/admin/api-tokens'],
    ["the municipality's details as data controller", true, () => '/admin/privatliv'],
    ["the municipality's name, logo and colour", true, () => '/admin/indstillinger'],
    ['the dashboard', true, demoPage('/dashboard')],
    ["the summit's details and history", true, demoPage('')],
    ['the groups', true, demoPage('/groups')],
    ['a group', true, (w) => demoPage(`/groups/${w.ids.group}`)(w)],
    ["a group's apportionment", true, (w) => demoPage(`/groups/${w.ids.group}/apportionment`)(w)],
    ['the areas', true, demoPage('/areas')],
    ['an area', true, (w) => demoPage(`/areas/${w.ids.area}`)(w)],
    ['the organisations', true, demoPage('/organisations')],
    ['an organisation', true, (w) => demoPage(`/organisations/${w.ids.organisation}`)(w)],
    ['the programme', true, demoPage('/programme')],
    ['a programme item', true, (w) => demoPage(`/programme/${w.ids.item}`)(w)],
    ['the recruitment', true, demoPage('/recruitment')],
    ['the outbox', true, demoPage('/outbox')],
    ['a message in the outbox', true, (w) => demoPage(`/outbox/${w.ids.message}`)(w)],
    ['the participants', true, demoPage('/participants')],
    ["a person's page", true, (w) => demoPage(`/participants/${w.ids.person}`)(w)],
    ["a person's withdrawal", true, (w) => demoPage(`/participants/${w.ids.person}/withdraw`)(w)],
    ["the summit's personal data", true, demoPage('/personal-data')],
    ['the lifecycle', true, demoPage('/lifecycle')],
    ['the message texts', true, demoPage('/messages')],
    ['the table plans', true, heldPage('/seating')],
    ['a table plan', true, (w) => heldPage(`/seating/plans/${w.ids.plan}`)(w)],
    ['the printing', true, heldPage('/print')],
    ["the summit's day", true, heldPage('/day')],
    ['the survey', true, heldPage('/survey')],
    ["the survey's results", true, heldPage('/survey/results')],
    ['the notes', true, heldPage('/notes')],
    ['the report', true, heldPage('/report')],
  ];

  for (const [name, coordinator, path] of pages) {
    it(`shows ${name} without sideways scrolling and with nothing for axe`, async (t) => {
      const context = await app.browser.newContext({ ...(coordinator ? { storageState: session } : {}), baseURL: app.baseUrl, locale: 'da-DK', viewport: phone, isMobile: true });
      context.setDefaultTimeout(20_000);
      t.after(() => context.close());
      const page = await context.newPage();
      const response = await page.goto(path(world));
      assert.equal(response?.status(), 200, `${path(world)} answers`);
      const { width, offenders } = await widthOf(page);
      assert.ok(width <= phone.width, `${path(world)} is ${width} px wide: ${offenders.join(', ')}`);
      await assertAccessible(page);
    });
  }
});
