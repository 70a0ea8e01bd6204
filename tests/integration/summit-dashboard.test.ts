// The summit's dashboard counts its people in the database: the answers per Copenhagen day, the
// deadlines ahead and the first who have not answered come out as the page's rules say, on both
// databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InvitationId, InvitationStatus } from '../../src/domain/invitation.ts';
import type { Deps } from '../../src/ports.ts';
import { getSummitDashboard } from '../../src/use-cases/summit/get-summit-dashboard.ts';
import { buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

// The test clock stands at 2026-03-01T09:00:00.000Z.
async function person(deps: Deps, at: { summitId: Parameters<typeof buildInvitation>[1]['summitId']; groupId: Parameters<typeof buildInvitation>[1]['groupId'] },
  name: string, status: InvitationStatus, times: { answeredAt?: string | null; answerDeadline?: string | null }) {
  const made = await buildInvitation(deps, { ...at, status, name });
  await deps.db.stores.invitations.update(made.id as InvitationId, times, deps.clock.now());
}

for (const kind of databaseKinds()) {
  describe(`the summit's dashboard (${kind})`, () => {
    let t: TestDatabase;
    let deps: Deps;
    before(async () => { t = await createTestDatabase(kind); deps = testDeps(t.database); });
    after(async () => { await t.destroy(); });

    it('counts answers per Copenhagen day and pending deadlines per day from the database', async () => {
      const { summit, groups } = await buildSummit(deps, { capacity: 50, groups: [{ name: 'Borgere', quota: 20 }, { name: 'Erhverv', quota: 20 }] });
      const at = { summitId: summit.id, groupId: groups[0]!.id };
      await person(deps, at, 'A', 'confirmed', { answeredAt: '2026-02-01T22:30:00.000Z' }); // 23.30 in Copenhagen: 1 February
      await person(deps, at, 'B', 'declined', { answeredAt: '2026-02-01T08:00:00.000Z' });
      await person(deps, at, 'C', 'confirmed', { answeredAt: '2026-02-03T23:10:00.000Z' }); // 00.10 on 4 February
      await person(deps, at, 'D', 'withdrawn', { answeredAt: '2026-02-02T08:00:00.000Z' }); // not an answer that stands
      await person(deps, { ...at, groupId: groups[1]!.id }, 'E', 'pending', { answerDeadline: '2026-03-02T10:00:00.000Z' });
      await person(deps, at, 'F', 'pending', { answerDeadline: '2026-03-02T22:59:00.000Z' }); // 23.59 in Copenhagen: still 2 March
      await person(deps, at, 'G', 'pending', { answerDeadline: '2026-03-02T23:00:00.000Z' }); // midnight: 3 March
      await person(deps, at, 'H', 'pending', { answerDeadline: '2026-02-20T10:00:00.000Z' }); // passed
      await person(deps, at, 'I', 'pending', { answerDeadline: '2026-03-09T10:00:00.000Z' }); // not within three days
      const view = await getSummitDashboard(deps, summit.id);
      assert.deepEqual(view.answers, [
        { day: '2026-02-01', confirmed: 1, declined: 1, total: 2 },
        { day: '2026-02-04', confirmed: 1, declined: 0, total: 3 },
      ]);
      assert.deepEqual(view.deadlines.filter((d) => d.kind === 'answers_due').map((d) => [d.at, d.count]), [
        ['2026-03-02T10:00:00.000Z', 2], ['2026-03-02T23:00:00.000Z', 1], ['2026-03-09T10:00:00.000Z', 1],
      ]);
      assert.deepEqual(view.nextSteps.find((s) => s.kind === 'answers_due_soon'), { kind: 'answers_due_soon', count: 3 });
      assert.deepEqual([view.total.invited, view.total.confirmed, view.total.declined], [5, 2, 1]);
      assert.deepEqual(view.groups.map((g) => [g.name, g.invited, g.confirmed]), [['Borgere', 4, 2], ['Erhverv', 1, 0]]);
    });

    it('shows the first ten who have not answered, soonest deadline first and by name where deadlines are the same', async () => {
      const { summit, groups } = await buildSummit(deps, { capacity: 50, groups: [{ name: 'Borgere', quota: 40 }] });
      const at = { summitId: summit.id, groupId: groups[0]!.id };
      // Nine with their own deadlines, then three sharing the tenth deadline, put forward out of name order.
      for (let k = 1; k <= 9; k++) await person(deps, at, `Person ${k}`, 'pending', { answerDeadline: `2026-03-1${k - 1}T10:00:00.000Z` });
      for (const name of ['Åse', 'Bo', 'Anna']) await person(deps, at, name, 'pending', { answerDeadline: '2026-03-20T10:00:00.000Z' });
      await person(deps, at, 'Uden frist', 'pending', { answerDeadline: null });
      await person(deps, at, 'Svaret', 'confirmed', {});
      const view = await getSummitDashboard(deps, summit.id);
      assert.deepEqual(view.unanswered.map((u) => u.name), [...Array.from({ length: 9 }, (_, k) => `Person ${k + 1}`), 'Anna']);
      assert.equal(view.unansweredCount, 13);
    });
  });
}
