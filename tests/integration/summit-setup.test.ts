// The foundation's use cases against real databases: SQLite always, PostgreSQL when configured.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.ts';
import type { Deps } from '../../src/ports.ts';
import { applyApportionment, proposeApportionment } from '../../src/use-cases/summit/apportion-group-quota.ts';
import { changeSummitStatus } from '../../src/use-cases/summit/change-summit-status.ts';
import { getSummitOverview } from '../../src/use-cases/summit/get-summit-overview.ts';
import { createApiToken, createCoordinator, findCoordinatorByApiToken, findCoordinatorBySession, logIn, logOut, revokeApiToken } from '../../src/use-cases/manage-coordinators.ts';
import { createGroup, updateGroup } from '../../src/use-cases/summit/save-group.ts';
import { createOrganisation } from '../../src/use-cases/summit/save-organisation.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const code = (c: string) => (e: unknown) => e instanceof DomainError && e.code === c;

for (const kind of databaseKinds()) {
  describe(`summit set-up on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await db.destroy(); });

    it('seeds the Holbæk demo summit once, postponed, with 18 areas and 168 seats', async () => {
      const first = await seedDemoSummit(deps);
      const second = await seedDemoSummit(deps);
      assert.equal(first.created, true);
      assert.equal(second.created, false);
      assert.equal(second.summit.id, first.summit.id);
      const overview = await getSummitOverview(deps, first.summit.id);
      assert.equal(overview.summit.status, 'postponed');
      assert.equal(overview.summit.capacity, 168);
      assert.equal(overview.areas.length, 18);
      assert.deepEqual(overview.groups.map((g) => g.quota), [76, 31, 8, 18, 16, 19]);
      const citizens = overview.groups[0];
      const forums = overview.organisations.filter((o) => o.groupId === citizens.id);
      assert.equal(forums.length, 18);
      assert.equal(forums.reduce((s, o) => s + o.quota, 0), 76);
      assert.equal(overview.programme.filter((p) => p.speakerName).length, 3);
    });

    it('refuses a group quota above the capacity and saves nothing', async () => {
      const { summit } = await buildSummit(deps, { capacity: 30, groups: [] });
      await assert.rejects(createGroup(deps, systemAccess, summit.id, { name: 'Borgere', quota: 40 }), code('group_quotas_exceed_capacity'));
      assert.equal((await deps.db.stores.groups.list(summit.id)).length, 0);
      const audit = await deps.db.stores.audit.list(summit.id);
      assert.ok(!audit.some((a) => a.action === 'group.created'));
    });

    it("refuses organisation quotas above their group's quota", async () => {
      const { summit, groups } = await buildSummit(deps, { capacity: 30, groups: [{ name: 'Erhvervsliv', quota: 8 }] });
      await buildOrganisation(deps, summit.id, groups[0].id, 5);
      await assert.rejects(buildOrganisation(deps, summit.id, groups[0].id, 4), code('organisation_quotas_exceed_group_quota'));
      assert.equal((await deps.db.stores.organisations.listByGroup(groups[0].id)).length, 1);
    });

    it('refuses lowering a group quota below its organisations, and the capacity below its groups', async () => {
      const { summit, groups } = await buildSummit(deps, { capacity: 30, groups: [{ name: 'Erhvervsliv', quota: 8 }] });
      await buildOrganisation(deps, summit.id, groups[0].id, 6);
      await assert.rejects(updateGroup(deps, systemAccess, groups[0].id, { quota: 5 }), code('group_quota_below_organisation_quotas'));
      await assert.rejects(updateSummit(deps, systemAccess, summit.id, { capacity: 7 }), code('capacity_below_group_quotas'));
      assert.equal((await deps.db.stores.groups.find(groups[0].id))!.quota, 8);
      assert.equal((await deps.db.stores.summits.find(summit.id))!.capacity, 30);
    });

    it('refuses an organisation tied to another summit\'s group or area', async () => {
      const one = await buildSummit(deps, { groups: [{ name: 'A', quota: 10 }], areas: [{ name: 'X', population: 1 }] });
      const two = await buildSummit(deps, { groups: [{ name: 'B', quota: 10 }] });
      await assert.rejects(createOrganisation(deps, systemAccess, two.summit.id, { name: 'O', kind: 'local_forum', groupId: one.groups[0].id, quota: 1 }), code('group_not_in_summit'));
      await assert.rejects(createOrganisation(deps, systemAccess, two.summit.id, { name: 'O', kind: 'local_forum', groupId: two.groups[0].id, areaId: one.areas[0].id, quota: 1 }), code('area_not_in_summit'));
    });

    it('apportions a group over its areas, and accepts an override that fits the quota', async () => {
      const { groups, areas } = await buildSummit(deps, { capacity: 50, groups: [{ name: 'Borgere', quota: 10 }],
        areas: [{ name: 'Stor', population: 7000 }, { name: 'Mellem', population: 2000 }, { name: 'Lille', population: 1000 }] });
      const proposal = await proposeApportionment(deps, groups[0].id, 'hare', 1);
      assert.deepEqual(proposal.rows.map((r) => r.seats), [6, 2, 2]);
      assert.equal(proposal.rows[0].organisationId, null);
      const applied = await applyApportionment(deps, systemAccess, groups[0].id, 'hare', 1, { [areas[0].id]: 5 });
      assert.deepEqual(applied.rows.map((r) => r.currentQuota), [5, 2, 2]);
      const organisations = await deps.db.stores.organisations.listByGroup(groups[0].id);
      assert.deepEqual(organisations.map((o) => o.quota).sort(), [2, 2, 5]);
      await assert.rejects(applyApportionment(deps, systemAccess, groups[0].id, 'hare', 1, { [areas[0].id]: 9 }), code('organisation_quotas_exceed_group_quota'));
      assert.deepEqual((await deps.db.stores.organisations.listByGroup(groups[0].id)).map((o) => o.quota).sort(), [2, 2, 5]);
    });

    it('records every status change and refuses an illegal one', async () => {
      const { summit } = await buildSummit(deps);
      await assert.rejects(changeSummitStatus(deps, systemAccess, summit.id, 'published'), code('date_required'));
      await updateSummit(deps, systemAccess, summit.id, { startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z' });
      await changeSummitStatus(deps, systemAccess, summit.id, 'published');
      await changeSummitStatus(deps, systemAccess, summit.id, 'postponed', 'covid');
      await assert.rejects(changeSummitStatus(deps, systemAccess, summit.id, 'closed'), code('illegal_status_transition'));
      const changes = await deps.db.stores.summits.listStatusChanges(summit.id);
      assert.deepEqual(changes.map((c) => `${c.fromStatus}>${c.toStatus}`), ['draft>published', 'published>postponed']);
      assert.equal((await deps.db.stores.summits.find(summit.id))!.statusReason, 'covid');
    });

    it('logs coordinators in with hashed sessions, and API tokens work until revoked', async () => {
      const coordinator = await createCoordinator(deps, { email: ` Koordinator-${kind}@Example.dk `, password: 'a-long-password-1' });
      assert.equal(coordinator.email, `koordinator-${kind}@example.dk`);
      await assert.rejects(createCoordinator(deps, { email: `koordinator-${kind}@example.dk`, password: 'another-password-2' }), code('email_taken'));
      await assert.rejects(logIn(deps, coordinator.email, 'wrong-password-3'), code('invalid_credentials'));
      await assert.rejects(logIn(deps, 'nobody@example.dk', 'wrong-password-3'), code('invalid_credentials'));
      const { sessionToken } = await logIn(deps, coordinator.email, 'a-long-password-1');
      assert.equal((await findCoordinatorBySession(deps, sessionToken))?.id, coordinator.id);
      await logOut(deps, sessionToken);
      assert.equal(await findCoordinatorBySession(deps, sessionToken), undefined);
      const { id, token } = await createApiToken(deps, { email: coordinator.email });
      assert.ok(token.length >= 43, 'at least 256 bits in base64url');
      const stored = await deps.db.stores.coordinators.listApiTokens(coordinator.id);
      assert.ok(!JSON.stringify(stored).includes(token), 'the token itself is never stored');
      assert.equal((await findCoordinatorByApiToken(deps, token))?.id, coordinator.id);
      await revokeApiToken(deps, coordinator.id, id);
      assert.equal(await findCoordinatorByApiToken(deps, token), undefined);
    });
  });
}
