// Personal data as a whole: the retention schedule of each summit, the erasure of a summit's people
// (the retention job) or of one person (on request), and everything held about one person (the
// access export). What each table holds is listed in personal-data-tables.ts; erasing keeps the
// rows that counts and the report need (an invitation's group, area, organisation, status and
// table) and blanks or deletes everything that points to the person.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { languageOrDanish } from '../../domain/language.ts';
import { endedStatuses, withoutNames, type RetentionState } from '../../domain/personal-data/retention.ts';
import type { ErasureCounts, PersonalDataStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';

/** What an erased person's name becomes: no one's name, and plain to a reader of old lists. */
export const erasedName = '(slettet)';
const erasedKey = sql<string>`'erased:' || id`;

const changed = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint } | undefined) =>
  Number(result?.numUpdatedRows ?? result?.numDeletedRows ?? 0);

export function createPersonalDataStore({ db, dialect }: StoreContext): PersonalDataStore {
  async function ensureRow(summitId: string) {
    await db.insertInto('summitRetention').values({ summitId }).onConflict((oc) => oc.column('summitId').doNothing()).execute();
  }

  async function endedAt(summitId: string): Promise<string | null> {
    const summit = await db.selectFrom('summits').select('status').where('id', '=', summitId).executeTakeFirst();
    if (!summit || !(endedStatuses as readonly string[]).includes(summit.status)) return null;
    const change = await db.selectFrom('summitStatusChanges').select('at').where('summitId', '=', summitId)
      .where('toStatus', 'in', ['closed', 'cancelled']).orderBy('at', 'desc').limit(1).executeTakeFirst();
    return change?.at ?? null;
  }

  async function findRetention(summitId: string): Promise<RetentionState> {
    const [summit, row, ended] = await Promise.all([
      db.selectFrom('summits').select('retentionDays').where('id', '=', summitId).executeTakeFirst(),
      db.selectFrom('summitRetention').selectAll().where('summitId', '=', summitId).executeTakeFirst(),
      endedAt(summitId),
    ]);
    return {
      endedAt: ended, retentionDays: summit?.retentionDays ?? 0, postponedDays: row?.postponedDays ?? 0,
      postponeReason: row?.postponeReason ?? '', postponedAt: row?.postponedAt ?? null, warnedAt: row?.warnedAt ?? null, purgedAt: row?.purgedAt ?? null,
    };
  }

  /** Scrubs the given names out of the summit's free text: table notes, merged proposals, survey answers. */
  async function scrubFreeText(summitId: string, names: string[]): Promise<number> {
    if (names.length === 0) return 0;
    let count = 0;
    for (const note of await db.selectFrom('tableNotes').selectAll().where('summitId', '=', summitId).execute()) {
      const keyPoints = withoutNames(note.keyPoints, names);
      const proposals = withoutNames(note.proposals, names);
      if (keyPoints === note.keyPoints && proposals === note.proposals) continue;
      await db.updateTable('tableNotes').set({ keyPoints, proposals }).where('summitId', '=', summitId)
        .where('round', '=', note.round).where('tableId', '=', note.tableId).execute();
      count++;
    }
    for (const item of await db.selectFrom('proposalItems').select(['id', 'text']).where('summitId', '=', summitId).execute()) {
      const text = withoutNames(item.text, names);
      if (text !== item.text) { await db.updateTable('proposalItems').set({ text }).where('id', '=', item.id).execute(); count++; }
    }
    for (const response of await db.selectFrom('surveyResponses').select(['id', 'answers']).where('summitId', '=', summitId).execute()) {
      const answers = withoutNames(response.answers, names);
      if (answers !== response.answers) { await db.updateTable('surveyResponses').set({ answers }).where('id', '=', response.id).execute(); count++; }
    }
    return count;
  }

  return {
    findRetention,
    async listEndedUnpurged() {
      const rows = await db.selectFrom('summits').leftJoin('summitRetention', 'summitRetention.summitId', 'summits.id')
        .select(['summits.id', 'summits.title']).where('summits.status', 'in', [...endedStatuses])
        .where('summitRetention.purgedAt', 'is', null).orderBy('summits.id').execute();
      return Promise.all(rows.map(async (row) => ({ summitId: row.id, title: row.title, retention: await findRetention(row.id) })));
    },
    async lockRetention(summitId) {
      await ensureRow(summitId);
      await dialect.lockRows(db.selectFrom('summitRetention').select('summitId').where('summitId', '=', summitId));
      return findRetention(summitId);
    },
    async markWarned(summitId, now) {
      await ensureRow(summitId);
      const result = await db.updateTable('summitRetention').set({ warnedAt: now }).where('summitId', '=', summitId).where('warnedAt', 'is', null).executeTakeFirst();
      return changed(result) === 1;
    },
    async clearWarning(summitId) {
      await db.updateTable('summitRetention').set({ warnedAt: null }).where('summitId', '=', summitId).execute();
    },
    async postpone(summitId, days, reason, now) {
      await ensureRow(summitId);
      const result = await db.updateTable('summitRetention').set({ postponedDays: days, postponeReason: reason, postponedAt: now, warnedAt: null })
        .where('summitId', '=', summitId).where('postponedDays', '=', 0).where('purgedAt', 'is', null).executeTakeFirst();
      return changed(result) === 1;
    },
    async markPurged(summitId, now) {
      await ensureRow(summitId);
      await db.updateTable('summitRetention').set({ purgedAt: now }).where('summitId', '=', summitId).execute();
    },

    async eraseSummit(summitId) {
      const people = await db.selectFrom('invitations').select(['id', 'name', 'email', 'phone']).where('summitId', '=', summitId).execute();
      const requests = await db.selectFrom('interestRequests').select(['name', 'email']).where('summitId', '=', summitId).execute();
      const walkIns = await db.selectFrom('walkIns').select(['name']).where('summitId', '=', summitId).execute();
      const contacts = await db.selectFrom('organisations').select(['contactEmail']).where('summitId', '=', summitId).execute();
      const names = [...people.flatMap((p) => [p.name, p.email, p.phone]), ...requests.flatMap((r) => [r.name, r.email]),
        ...walkIns.map((w) => w.name), ...contacts.map((c) => c.contactEmail)].filter((n) => n && n !== erasedName);
      const ids = db.selectFrom('invitations').select('id').where('summitId', '=', summitId);
      const counts: ErasureCounts = {};
      counts.freeText = await scrubFreeText(summitId, names);
      counts.messages = changed(await db.deleteFrom('outboxMessages').where((eb) => eb.or([eb('summitId', '=', summitId), eb('invitationId', 'in', ids)])).executeTakeFirst());
      counts.links = changed(await db.deleteFrom('invitationTokens').where('invitationId', 'in', ids).executeTakeFirst())
        + changed(await db.deleteFrom('recruiterLinks').where('summitId', '=', summitId).executeTakeFirst())
        + changed(await db.deleteFrom('checkInLinks').where('summitId', '=', summitId).executeTakeFirst())
        + changed(await db.deleteFrom('surveyLinks').where('recipientId', 'in', db.selectFrom('surveyRecipients').select('id').where('summitId', '=', summitId)).executeTakeFirst());
      await db.updateTable('surveyResponses').set({ respondentId: null }).where('summitId', '=', summitId).where('respondentId', 'is not', null).execute();
      counts.checkIns = changed(await db.deleteFrom('checkInRequests').where('summitId', '=', summitId).executeTakeFirst());
      await db.updateTable('checkIns').set({ checkedInBy: '', undoneBy: null }).where('summitId', '=', summitId).execute();
      counts.consents = changed(await db.deleteFrom('consents').where('summitId', '=', summitId).executeTakeFirst());
      await db.deleteFrom('badgePrints').where('summitId', '=', summitId).execute();
      await db.updateTable('tableNotes').set({ writtenBy: '' }).where('summitId', '=', summitId).execute();
      counts.invitations = changed(await db.updateTable('invitations').set({
        name: erasedName, email: '', emailKey: erasedKey, phone: '', dietNeeds: '', accessibilityNeeds: '', tokenHash: null, checkInCode: null,
        consentPhotos: 0, consentChangedAt: null,
      }).where('summitId', '=', summitId).where('emailKey', 'not like', 'erased:%').executeTakeFirst());
      counts.interestRequests = changed(await db.updateTable('interestRequests').set({ name: erasedName, email: '', message: '', decisionMessage: '' })
        .where('summitId', '=', summitId).where('name', '<>', erasedName).executeTakeFirst());
      counts.walkIns = changed(await db.updateTable('walkIns').set({ name: erasedName, organisation: '', createdBy: '' })
        .where('summitId', '=', summitId).where('name', '<>', erasedName).executeTakeFirst());
      counts.contacts = changed(await db.updateTable('organisations').set({ contactEmail: '' }).where('summitId', '=', summitId).where('contactEmail', '<>', '').executeTakeFirst());
      counts.auditDetails = changed(await db.updateTable('auditLog').set({ data: '{}' }).where('summitId', '=', summitId)
        .where('subjectType', '<>', 'summit').where('data', '<>', '{}').executeTakeFirst());
      return counts;
    },

    async eraseInvitation(invitationId) {
      const person = await db.selectFrom('invitations').select(['id', 'summitId', 'name', 'email', 'phone', 'emailKey']).where('id', '=', invitationId).executeTakeFirst();
      if (!person) return {};
      const { summitId } = person;
      const names = person.emailKey.startsWith('erased:') ? [] : [person.name, person.email, person.phone].filter(Boolean);
      const counts: ErasureCounts = {};
      counts.freeText = await scrubFreeText(summitId, names);
      counts.messages = changed(await db.deleteFrom('outboxMessages').where((eb) => eb.or([
        eb('invitationId', '=', invitationId), ...(person.email ? [eb.and([eb('summitId', '=', summitId), eb('toAddress', '=', person.email)])] : []),
      ])).executeTakeFirst());
      counts.links = changed(await db.deleteFrom('invitationTokens').where('invitationId', '=', invitationId).executeTakeFirst())
        + changed(await db.deleteFrom('surveyLinks').where('recipientId', 'in', db.selectFrom('surveyRecipients').select('id').where('invitationId', '=', invitationId)).executeTakeFirst());
      await db.updateTable('surveyResponses').set({ respondentId: null }).where('respondentId', '=', invitationId).execute();
      counts.checkIns = changed(await db.deleteFrom('checkInRequests').where('invitationId', '=', invitationId).executeTakeFirst());
      await db.updateTable('checkIns').set({ checkedInBy: '', undoneBy: null }).where('invitationId', '=', invitationId).execute();
      counts.consents = changed(await db.deleteFrom('consents').where('invitationId', '=', invitationId).executeTakeFirst());
      await db.deleteFrom('badgePrints').where('invitationId', '=', invitationId).execute();
      await db.deleteFrom('seatingAbsences').where('invitationId', '=', invitationId).execute();
      await db.updateTable('tableNotes').set({ writtenBy: '' }).where('writtenBy', '=', invitationId).execute();
      if (person.email) {
        counts.interestRequests = changed(await db.updateTable('interestRequests').set({ name: erasedName, email: '', message: '', decisionMessage: '' })
          .where('summitId', '=', summitId).where((eb) => eb.or([eb('invitationId', '=', invitationId), eb('email', '=', person.email)])).executeTakeFirst());
      }
      counts.walkIns = changed(await db.updateTable('walkIns').set({ name: erasedName, organisation: '' }).where('invitationId', '=', invitationId).where('name', '<>', erasedName).executeTakeFirst());
      counts.auditDetails = changed(await db.updateTable('auditLog').set({ data: '{}' }).where('subjectType', '=', 'invitation')
        .where('subjectId', '=', invitationId).where('data', '<>', '{}').executeTakeFirst());
      counts.invitations = changed(await db.updateTable('invitations').set({
        name: erasedName, email: '', emailKey: erasedKey, phone: '', dietNeeds: '', accessibilityNeeds: '', tokenHash: null, checkInCode: null,
        consentPhotos: 0, consentChangedAt: null,
      }).where('id', '=', invitationId).where('emailKey', 'not like', 'erased:%').executeTakeFirst());
      return counts;
    },

    async isErased(invitationId) {
      const row = await db.selectFrom('invitations').select('emailKey').where('id', '=', invitationId).executeTakeFirst();
      return row?.emailKey.startsWith('erased:') ?? false;
    },

    async exportPerson(invitationId) {
      const invitation = await db.selectFrom('invitations').selectAll().where('id', '=', invitationId).executeTakeFirst();
      if (!invitation) return undefined;
      const { tokenHash: _t, emailKey: _k, ...held } = invitation;
      const [consents, tokens, checkIns, checkInRequests, absences, badges, walkIns, interestRequests, messages, recipients, responses, notes, audit] = await Promise.all([
        db.selectFrom('consents').selectAll().where('invitationId', '=', invitationId).orderBy('givenAt').execute(),
        db.selectFrom('invitationTokens').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('checkIns').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('checkInRequests').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('seatingAbsences').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('badgePrints').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('walkIns').selectAll().where('invitationId', '=', invitationId).execute(),
        db.selectFrom('interestRequests').selectAll().where('summitId', '=', invitation.summitId)
          .where((eb) => eb.or([eb('invitationId', '=', invitationId), ...(invitation.email ? [eb('email', '=', invitation.email)] : [])])).execute(),
        db.selectFrom('outboxMessages').select(['id', 'kind', 'toAddress', 'subject', 'bodyText', 'attachments', 'status', 'createdAt', 'sentAt'])
          .where((eb) => eb.or([eb('invitationId', '=', invitationId), ...(invitation.email ? [eb.and([eb('summitId', '=', invitation.summitId), eb('toAddress', '=', invitation.email)])] : [])]))
          .orderBy('createdAt').execute(),
        db.selectFrom('surveyRecipients').select(['id', 'spent', 'reminded']).where('invitationId', '=', invitationId).execute(),
        db.selectFrom('surveyResponses').select(['submittedOn', 'answers']).where('respondentId', '=', invitationId).execute(),
        db.selectFrom('tableNotes').select(['round', 'tableName', 'keyPoints', 'proposals', 'updatedAt']).where('writtenBy', '=', invitationId).execute(),
        db.selectFrom('auditLog').select(['at', 'action', 'actor', 'data']).where('subjectType', '=', 'invitation').where('subjectId', '=', invitationId).orderBy('at').execute(),
      ]);
      return {
        invitation: held,
        consents: consents.map(({ kind, wording, version, language, givenAt, withdrawnAt }) => ({ kind, wording, version, language, givenAt, withdrawnAt })),
        // A link is held as a hash only: the export says that one exists and since when.
        links: tokens.map((t) => ({ createdAt: t.createdAt })),
        checkIns: checkIns.map(({ checkedInAt, undoneAt }) => ({ checkedInAt, undoneAt })),
        checkInAnswers: checkInRequests.map(({ createdAt, response }) => ({ createdAt, response: JSON.parse(response) as unknown })),
        absences: absences.map(({ fromRound }) => ({ fromRound })),
        badges: badges.map(({ seats, printedAt }) => ({ seats: JSON.parse(seats) as unknown, printedAt })),
        walkIn: walkIns.map(({ name, organisation, createdAt }) => ({ name, organisation, createdAt })),
        interestRequests: interestRequests.map(({ name, email, message, status, decisionMessage, createdAt, decidedAt }) => ({ name, email, message, status, decisionMessage, createdAt, decidedAt })),
        messages: messages.map((m) => ({ ...m, attachments: (JSON.parse(m.attachments || '[]') as { filename: string }[]).map((a) => a.filename) })),
        survey: recipients.map((r) => ({ answered: r.spent === 1, reminded: r.reminded === 1 })),
        surveyResponses: responses.map((r) => ({ submittedOn: r.submittedOn, answers: JSON.parse(r.answers) as unknown })),
        tableNotes: notes.map((n) => ({ ...n, proposals: JSON.parse(n.proposals) as unknown })),
        audit: audit.map((a) => ({ ...a, data: JSON.parse(a.data) as unknown })),
      };
    },

    async scrubSettledMessages(before) {
      return changed(await db.updateTable('outboxMessages').set({ bodyText: '', attachments: '[]' })
        .where((eb) => eb.or([
          eb.and([eb('status', '=', 'sent'), eb('sentAt', '<=', before)]),
          eb.and([eb('status', '=', 'failed'), eb('createdAt', '<=', before)]),
        ]))
        .where((eb) => eb.or([eb('bodyText', '<>', ''), eb('attachments', '<>', '[]')])).executeTakeFirst());
    },

    async recordConsent(summitId, invitationId, consent) {
      await db.insertInto('consents').values({ id: randomUUID(), summitId, invitationId, ...consent, withdrawnAt: null }).execute();
    },
    async withdrawConsent(invitationId, kind, at) {
      return changed(await db.updateTable('consents').set({ withdrawnAt: at }).where('invitationId', '=', invitationId)
        .where('kind', '=', kind).where('withdrawnAt', 'is', null).executeTakeFirst());
    },
    listConsents: async (invitationId) => (await db.selectFrom('consents').select(['kind', 'wording', 'version', 'language', 'givenAt', 'withdrawnAt'])
      .where('invitationId', '=', invitationId).orderBy('givenAt').orderBy('id').execute())
      .map((row) => ({ ...row, language: languageOrDanish(row.language) })),

    listSummitConsents: async (summitId) => (await db.selectFrom('consents').select(['invitationId', 'kind', 'wording', 'version', 'language', 'givenAt', 'withdrawnAt'])
      .where('summitId', '=', summitId).orderBy('givenAt').orderBy('id').execute())
      .map((row) => ({ ...row, language: languageOrDanish(row.language) })),

    async compact() {
      // Deleted text must not live on in the write-ahead log: move it into the file, where
      // secure_delete has zeroed what was freed, and empty the log.
      if (dialect.name === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    },
  };
}
