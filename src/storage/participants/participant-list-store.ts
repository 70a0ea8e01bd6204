// The coordinator's participant list, filtered, counted, ordered and paged by the database, so a
// page of a summit of 1,000 people reads its 50 rows and the counts instead of every person, their
// check-ins and consents. It means what domain/participant-list.ts means by each filter and order
// (tests/integration/participant-list-store.test.ts compares the two): words of a search are found
// in the name and e-mail whatever their case, text is ordered as Danish at base strength (the
// collation of migration 2026-12-06-10), then by name and id.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { InvitationStatus } from '../../domain/invitation.ts';
import { languageOrDanish } from '../../domain/language.ts';
import { pageSpan, searchWords, type ParticipantRow, type ParticipantSort } from '../../domain/participant-list.ts';
import type { ParticipantListStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';
import { holdsEveryWord } from './danish-search.ts';

/** What String.prototype.trim removes, so that a need of only spaces counts as none, as in the domain. */
const whitespace = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

export function createParticipantListStore({ db, dialect }: StoreContext): ParticipantListStore {
  const collation = dialect.danishCollation;
  return {
    async findPage(summitId, query, pageSize) {
      if (collation === undefined) return undefined;
      const danish = (e: Expression<unknown>) => sql`${e} collate ${sql.id(collation)}`;
      const words = searchWords(query.search);
      const matching = db.selectFrom('invitations as i').where('i.summitId', '=', summitId)
        .$if(query.groupId !== undefined, (q) => q.where('i.groupId', '=', query.groupId!))
        .$if(query.organisationId !== undefined, (q) => q.where('i.organisationId', '=', query.organisationId!))
        .$if(query.areaId !== undefined, (q) => q.where('i.areaId', '=', query.areaId!))
        .$if(query.need === 'diet', (q) => q.where(sql<SqlBool>`btrim(i.diet_needs, ${whitespace}) <> ''`))
        .$if(query.need === 'accessibility', (q) => q.where(sql<SqlBool>`btrim(i.accessibility_needs, ${whitespace}) <> ''`))
        .$if(query.need === 'no-photo', (q) => q.where('i.consentPhotos', '=', 0))
        .$if(words.length > 0, (q) => q.where(holdsEveryWord('i', words)));
      const sortKey: Record<ParticipantSort, Expression<unknown>> = {
        name: sql`i.name`, status: sql`i.status`, group: sql`g.name`,
        organisation: sql`coalesce(o.name, '')`, area: sql`coalesce(a.name, '')`, answered: sql`coalesce(i.answered_at, '')`,
      };
      const direction = query.descending ? sql`desc` : sql`asc`;
      const pageAt = (offset: number) => matching
        .innerJoin('stakeholderGroups as g', 'g.id', 'i.groupId')
        .leftJoin('organisations as o', 'o.id', 'i.organisationId')
        .leftJoin('areas as a', 'a.id', 'i.areaId')
        // At most one standing check-in a person (the partial unique index check_ins_one_active).
        .leftJoin('checkIns as c', (join) => join.onRef('c.invitationId', '=', 'i.id').on('c.undoneAt', 'is', null))
        .$if(query.status !== undefined, (q) => q.where('i.status', '=', query.status!))
        .select([
          'i.id', 'i.name', 'i.email', 'i.status', 'i.groupId', 'g.name as groupName', 'i.organisationId', 'o.name as organisationName',
          'i.areaId', 'a.name as areaName', 'i.dietNeeds', 'i.accessibilityNeeds', 'i.consentPhotos', 'i.phone', 'i.answeredAt', 'c.checkedInAt',
        ])
        .orderBy(sql`${danish(sortKey[query.sort ?? 'name'])} ${direction}`)
        .orderBy(danish(sql`i.name`))
        .orderBy(sql`i.id collate "C"`)
        .limit(pageSize).offset(offset)
        .execute();
      const requested = pageSpan(Number.MAX_SAFE_INTEGER, query.page, pageSize);
      const [counts, first] = await Promise.all([
        matching.select(['i.status', sql<number>`count(*)`.as('count')]).groupBy('i.status').execute(),
        pageAt(requested.offset),
      ]);
      const byStatus: Partial<Record<InvitationStatus, number>> = {};
      for (const c of counts) byStatus[c.status as InvitationStatus] = Number(c.count);
      const total = query.status ? byStatus[query.status] ?? 0 : Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0);
      const span = pageSpan(total, query.page, pageSize);
      // A page past the last shows the last.
      const rows = span.offset === requested.offset ? first : await pageAt(span.offset);
      return {
        rows: rows.map((r): ParticipantRow => ({
          id: r.id, name: r.name, email: r.email, status: r.status as InvitationStatus, groupId: r.groupId, groupName: r.groupName,
          organisationId: r.organisationId, organisationName: r.organisationName, areaId: r.areaId, areaName: r.areaName,
          dietNeeds: r.dietNeeds, accessibilityNeeds: r.accessibilityNeeds, consentPhotos: r.consentPhotos === 1, phone: r.phone,
          sharesContacts: false, answeredAt: r.answeredAt, checkedInAt: r.checkedInAt,
        })),
        total, page: span.page, pages: span.pages, pageSize: span.pageSize, byStatus,
      };
    },
    listConsents: async (summitId, invitationIds) => invitationIds.length === 0 ? [] : (await db.selectFrom('consents')
      .select(['invitationId', 'kind', 'wording', 'version', 'language', 'givenAt', 'withdrawnAt'])
      .where('summitId', '=', summitId).where('invitationId', 'in', invitationIds).orderBy('givenAt').orderBy('id').execute())
      .map((row) => ({ ...row, language: languageOrDanish(row.language) })),
  };
}
