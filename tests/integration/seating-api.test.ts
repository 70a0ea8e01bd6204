// The table-plan API over a real database: planning in the background, one job per summit, only
// confirmed participants seated, one facilitator per table, publishing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { waitForPlan } from '../support/wait-for-plan.ts';

interface PlanJson {
  id: string; status: string; progress: number; rounds: { tables: { id: string; people: string[] }[] }[];
  score: { repeatedPairs: number; fewestNewPeople: number } | null; violations: { code: string }[]; publishedAt: string | null;
}

for (const kind of databaseKinds()) {
  describe(`seating API (${kind})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildSeatingSummit>>;
    before(async () => {
      t = await createTestApp(kind);
      world = await buildSeatingSummit(t.deps, { people: 37, facilitators: 5, others: ['pending', 'cancelled', 'waitlisted', 'declined'] });
    });
    after(async () => { await t.close(); });

    it('plans the confirmed participants in the background, one facilitator per table, and publishes', async () => {
      const start = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 3, seconds: 0.3 } });
      assert.equal(start.statusCode, 202, start.body);
      const { id } = start.json() as { id: string };
      const plan = await waitForPlan<PlanJson>(t, id);
      assert.equal(plan.status, 'done');
      assert.deepEqual(plan.violations, []);
      assert.equal(plan.rounds.length, 3);
      const confirmed = new Set<string>(world.people.map((p) => p.id));
      const facilitators = new Set<string>(world.people.filter((p) => p.name.startsWith('Facilitator')).map((p) => p.id));
      for (const round of plan.rounds) {
        assert.equal(round.tables.length, 5, 'one table per facilitator');
        const seated = round.tables.flatMap((table) => table.people);
        assert.equal(seated.length, confirmed.size);
        assert.deepEqual(new Set(seated), confirmed, 'exactly the confirmed participants, each once');
        for (const table of round.tables) {
          assert.equal(table.people.filter((p) => facilitators.has(p)).length, 1);
          assert.ok(table.people.length >= 7 && table.people.length <= 9);
        }
      }
      const published = await t.app.inject({ method: 'POST', url: `/api/v1/seating-plans/${id}/publish`, headers: t.auth });
      assert.equal(published.statusCode, 200, published.body);
      assert.ok((published.json() as PlanJson).publishedAt);
      const mails = await t.deps.db.stores.outbox.listForSummit(world.summit.id, 500);
      assert.equal(mails.filter((m) => m.subject.startsWith('Din bordplacering')).length, confirmed.size);
    });

    it('runs one planning job per summit at a time, and a stopped job keeps its best plan', async () => {
      const first = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 2, seconds: 30 } });
      assert.equal(first.statusCode, 202, first.body);
      const second = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 2, seconds: 1 } });
      assert.equal(second.statusCode, 409);
      assert.equal((second.json() as { code: string }).code, 'seating_job_running');
      const { id } = first.json() as { id: string };
      const stop = await t.app.inject({ method: 'POST', url: `/api/v1/seating-plans/${id}/stop`, headers: t.auth });
      assert.equal(stop.statusCode, 202);
      const began = Date.now();
      const plan = await waitForPlan<PlanJson>(t, id, 10_000);
      assert.ok(Date.now() - began < 10_000);
      assert.equal(plan.status, 'done');
      assert.equal(plan.rounds.length, 2);
      assert.deepEqual(plan.violations, []);
    });

    it('lets only one of two simultaneous planning requests start', async () => {
      const post = () => t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 1, seconds: 0.2 } });
      const answers = await Promise.all([post(), post(), post()]);
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [202, 409, 409]);
      await waitForPlan<PlanJson>(t, (answers.find((a) => a.statusCode === 202)!.json() as { id: string }).id);
    });

    it('takes the tables the caller gives and refuses a publish that breaks a hard rule', async () => {
      const tables = [{ min: 20, max: 25 }, { min: 20, max: 25 }];
      const start = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 1, tables, seconds: 0.2 } });
      assert.equal(start.statusCode, 202, start.body);
      const plan = await waitForPlan<PlanJson>(t, (start.json() as { id: string }).id);
      assert.equal(plan.rounds[0].tables.length, 2);
      assert.ok(plan.violations.some((v) => v.code === 'too_many_facilitators'), 'five facilitators cannot lead two tables');
      const publish = await t.app.inject({ method: 'POST', url: `/api/v1/seating-plans/${plan.id}/publish`, headers: t.auth });
      assert.equal(publish.statusCode, 422);
      assert.equal((publish.json() as { code: string }).code, 'seating_plan_has_violations');
    });

    it('refuses callers without a token and bodies that do not match the schema', async () => {
      const anonymous = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, payload: { rounds: 2 } });
      assert.equal(anonymous.statusCode, 401);
      const bad = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 0 } });
      assert.equal(bad.statusCode, 422);
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/seating-plans/no-such-plan', headers: t.auth });
      assert.equal(missing.statusCode, 404);
    });

    it('describes the seating routes in the OpenAPI document', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
      for (const path of ['/api/v1/summits/{summitId}/seating-plans', '/api/v1/seating-plans/{planId}', '/api/v1/seating-plans/{planId}/publish']) {
        assert.ok(doc.paths[path], path);
      }
    });
  });
}
