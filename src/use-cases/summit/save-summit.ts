import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { assertCapacityCoversGroups } from '../../domain/quota.ts';
import { assertRetentionChange, defaultRetentionDays } from '../../domain/personal-data/retention.ts';
import { assertScheduleValid, normaliseLineBreaks, type Summit } from '../../domain/summit.ts';
import type { Deps, SummitChanges } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { forgetStaleRetentionWarning } from '../personal-data/summit-retention.ts';

export interface SummitInput {
  title: string;
  capacity: number;
  purpose?: string;
  description?: string;
  venue?: string;
  startsAt?: string | null;
  endsAt?: string | null;
  responsibleEditor?: string;
  organiser?: string;
  answerDays?: number;
  retentionDays?: number;
  slug?: string;
}

function slugify(title: string): string {
  const base = title.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_-]+/g, '-');
  return base.slice(0, 60) || 'topmoede';
}

/** Creates a summit as a draft. The slug is unique: a number is added when the title repeats. */
export async function createSummit(deps: Deps, access: Access, input: SummitInput, options: { isDemo?: boolean } = {}): Promise<Summit> {
  const actor = actorOf(access);
  const schedule = { startsAt: input.startsAt ?? null, endsAt: input.endsAt ?? null };
  assertScheduleValid(schedule);
  return deps.db.transaction(async (stores) => {
    const base = input.slug ?? slugify(input.title);
    let slug = base;
    for (let n = 2; await stores.summits.findBySlug(slug); n++) slug = `${base}-${n}`;
    const now = deps.clock.now();
    const summit = await stores.summits.create({
      slug,
      title: input.title,
      purpose: normaliseLineBreaks(input.purpose ?? ''),
      description: normaliseLineBreaks(input.description ?? ''),
      status: 'draft',
      ...schedule,
      venue: input.venue ?? '',
      statusReason: '',
      responsibleEditor: input.responsibleEditor ?? '',
      organiser: input.organiser ?? '',
      capacity: input.capacity,
      answerDays: input.answerDays ?? 14,
      retentionDays: input.retentionDays ?? defaultRetentionDays,
      isDemo: options.isDemo ?? false,
      calendarSequence: 0,
      reconfirmBy: null,
      reminderDays: '7,2',
      pausedAt: null,
      tentativeDate: '',
    }, now);
    await stores.audit.append({ action: 'summit.created', actor, summitId: summit.id, subjectType: 'summit', subjectId: summit.id, data: { title: summit.title, capacity: summit.capacity } }, now);
    return summit;
  });
}

const sameInstant = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Date(a).getTime() === new Date(b).getTime());

/** Changes a summit's texts, venue, dates (of a draft only) or capacity; the capacity never drops below the group quotas. */
export async function updateSummit(deps: Deps, access: Access, id: SummitId, changes: Partial<SummitInput>): Promise<Summit> {
  const actor = actorOf(access);
  return deps.db.transaction(async (stores) => {
    await stores.summits.lock(id);
    const summit = await stores.summits.find(id);
    if (!summit) throw new DomainError('not_found', { summitId: id });
    const next = { startsAt: changes.startsAt !== undefined ? changes.startsAt : summit.startsAt, endsAt: changes.endsAt !== undefined ? changes.endsAt : summit.endsAt };
    // Once announced, a summit's time changes only through the lifecycle (a reschedule), which tells
    // everyone and asks for re-confirmation; here it would change silently.
    if (summit.status !== 'draft' && (!sameInstant(next.startsAt, summit.startsAt) || !sameInstant(next.endsAt, summit.endsAt))) {
      throw new DomainError('reschedule_required', { status: summit.status });
    }
    assertScheduleValid(next);
    // The same rule as the personal-data page: once the data is deleted there is no period left to change.
    if (changes.retentionDays !== undefined && changes.retentionDays !== summit.retentionDays) {
      assertRetentionChange(await stores.personalData.findRetention(id), changes.retentionDays);
    }
    if (changes.capacity !== undefined) {
      const groups = await stores.groups.list(id);
      assertCapacityCoversGroups(changes.capacity, groups.map((g) => g.quota));
    }
    if (changes.slug !== undefined && changes.slug !== summit.slug) {
      const other = await stores.summits.findBySlug(changes.slug);
      if (other) throw new DomainError('validation_failed', { field: 'slug', reason: 'taken' });
    }
    const now = deps.clock.now();
    const texts = {
      ...(changes.purpose !== undefined ? { purpose: normaliseLineBreaks(changes.purpose) } : {}),
      ...(changes.description !== undefined ? { description: normaliseLineBreaks(changes.description) } : {}),
    };
    // The same instant written another way is no change: the stored text (and the calendars' SEQUENCE) stays.
    const { startsAt, endsAt, ...others } = changes;
    const dates = {
      ...(startsAt !== undefined && !sameInstant(startsAt, summit.startsAt) ? { startsAt } : {}),
      ...(endsAt !== undefined && !sameInstant(endsAt, summit.endsAt) ? { endsAt } : {}),
    };
    const updated = await stores.summits.update(id, { ...others, ...dates, ...texts } as SummitChanges, now);
    if (changes.retentionDays !== undefined && changes.retentionDays !== summit.retentionDays) await forgetStaleRetentionWarning(stores, id, now);
    await stores.audit.append({ action: 'summit.updated', actor, summitId: id, subjectType: 'summit', subjectId: id, data: { fields: Object.keys(changes) } }, now);
    return updated;
  });
}
