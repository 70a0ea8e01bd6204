// The retention job: for each summit that was closed or cancelled, warn the coordinators 14 days
// before its personal data goes, and once the retention period (plus a postponement) has run out,
// erase every personal field of its people while the counts, the plan's measures and the anonymous
// survey answers stay for the report. Delivered and failed messages lose their content after a grace
// period.
// Safe on several servers at once: each summit is decided under its retention row's lock, and a
// summit once purged is never touched again.
import type { SummitId } from '../../domain/ids.ts';
import { isRetentionDue, isRetentionWarningDue, retentionDueAt, sentMessageGraceDays } from '../../domain/personal-data/retention.ts';
import type { Deps, ErasureCounts } from '../../ports.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';

export interface PurgeReport {
  /** The summits whose personal data this run erased, with what it erased. */
  purged: { summitId: string; title: string; counts: ErasureCounts }[];
  /** The summits whose coordinators this run warned. */
  warned: { summitId: string; title: string; dueAt: string }[];
  /** Delivered or failed messages whose body and attachments this run emptied. */
  scrubbedMessages: number;
}

const daysBefore = (iso: string, days: number) => new Date(new Date(iso).getTime() - days * 86_400_000).toISOString();

export async function purgePersonalData(deps: Deps, now: string = deps.clock.now()): Promise<PurgeReport> {
  const report: PurgeReport = { purged: [], warned: [], scrubbedMessages: 0 };
  report.scrubbedMessages = await deps.db.stores.personalData.scrubSettledMessages(daysBefore(now, sentMessageGraceDays));
  for (const { summitId, title, retention } of await deps.db.stores.personalData.listEndedUnpurged()) {
    if (isRetentionDue(retention, now)) {
      const counts = await eraseSummitIfDue(deps, summitId, now);
      if (counts) report.purged.push({ summitId, title, counts });
    } else if (!retention.warnedAt && isRetentionWarningDue(retention, now)) {
      if (await warnCoordinators(deps, summitId, now)) report.warned.push({ summitId, title, dueAt: retentionDueAt(retention)! });
    }
  }
  // Always: settled mail lost its links in place, and the old text may still sit in a journal.
  await deps.db.stores.personalData.compact();
  if (report.warned.length > 0) mailQueued(deps);
  return report;
}

/** Erases the summit's people unless another run got there first or the date moved; the counts, or undefined. */
async function eraseSummitIfDue(deps: Deps, summitId: string, now: string): Promise<ErasureCounts | undefined> {
  return deps.db.transaction(async (stores) => {
    const retention = await stores.personalData.lockRetention(summitId);
    if (retention.purgedAt || !isRetentionDue(retention, now)) return undefined;
    const counts = await stores.personalData.eraseSummit(summitId);
    await stores.personalData.markPurged(summitId, now);
    await stores.audit.append({ action: 'summit.personal_data_purged', actor: 'system', summitId, subjectType: 'summit', subjectId: summitId, data: { counts } }, now);
    return counts;
  });
}

async function warnCoordinators(deps: Deps, summitId: string, now: string): Promise<boolean> {
  return deps.db.transaction(async (stores) => {
    const retention = await stores.personalData.lockRetention(summitId);
    const summit = await stores.summits.find(summitId as SummitId);
    if (!summit || retention.purgedAt || !(await stores.personalData.markWarned(summitId, now))) return false;
    const dueAt = retentionDueAt(retention)!;
    const coordinators = await stores.coordinators.list();
    for (const coordinator of coordinators) {
      await queueMail(stores, deps, deps.mailTexts.da.retentionWarning(summit, coordinator, dueAt, `${deps.publicUrl}/admin/summits/${summit.id}/personal-data`));
    }
    await stores.audit.append({ action: 'summit.retention_warned', actor: 'system', summitId, subjectType: 'summit', subjectId: summitId, data: { dueAt, told: coordinators.length } }, now);
    return true;
  });
}
