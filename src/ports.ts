// The interfaces use cases need. storage/, mail/ and exports/ implement them; use cases never
// import those folders directly.
import type { Area } from './domain/area.ts';
import type { Coordinator } from './domain/coordinator.ts';
import type { StakeholderGroup } from './domain/group.ts';
import type { AreaId, CoordinatorId, GroupId, OrganisationId, ProgrammeItemId, SummitId } from './domain/ids.ts';
import type { Organisation } from './domain/organisation.ts';
import type { ProgrammeItem } from './domain/programme.ts';
import type { Summit, SummitStatusChange } from './domain/summit.ts';

export interface Clock {
  /** The current time as an ISO 8601 UTC string. */
  now(): string;
}

export interface TokenService {
  /** A fresh token with at least 128 bits of randomness, URL-safe. */
  newToken(): string;
  /** The hash under which a token is stored; tokens themselves are never stored. */
  hash(token: string): string;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export type NewSummit = Omit<Summit, 'id' | 'createdAt' | 'updatedAt'>;
export type SummitChanges = Partial<Omit<Summit, 'id' | 'createdAt' | 'updatedAt' | 'isDemo'>>;

export interface SummitStore {
  list(): Promise<Summit[]>;
  find(id: SummitId): Promise<Summit | undefined>;
  findBySlug(slug: string): Promise<Summit | undefined>;
  findDemo(): Promise<Summit | undefined>;
  create(summit: NewSummit, now: string): Promise<Summit>;
  update(id: SummitId, changes: SummitChanges, now: string): Promise<Summit>;
  /**
   * Serialises seat-changing work on one summit: on PostgreSQL a row lock held until the
   * transaction ends; on SQLite the database's single writer already serialises.
   */
  lock(id: SummitId): Promise<void>;
  recordStatusChange(change: Omit<SummitStatusChange, 'id'>): Promise<void>;
  listStatusChanges(id: SummitId): Promise<SummitStatusChange[]>;
}

export interface GroupStore {
  list(summitId: SummitId): Promise<StakeholderGroup[]>;
  find(id: GroupId): Promise<StakeholderGroup | undefined>;
  create(group: Omit<StakeholderGroup, 'id'>): Promise<StakeholderGroup>;
  update(id: GroupId, changes: Partial<Omit<StakeholderGroup, 'id' | 'summitId'>>): Promise<StakeholderGroup>;
  remove(id: GroupId): Promise<void>;
}

export interface AreaStore {
  list(summitId: SummitId): Promise<Area[]>;
  find(id: AreaId): Promise<Area | undefined>;
  create(area: Omit<Area, 'id'>): Promise<Area>;
  update(id: AreaId, changes: Partial<Omit<Area, 'id' | 'summitId'>>): Promise<Area>;
  remove(id: AreaId): Promise<void>;
}

export interface OrganisationStore {
  list(summitId: SummitId): Promise<Organisation[]>;
  listByGroup(groupId: GroupId): Promise<Organisation[]>;
  find(id: OrganisationId): Promise<Organisation | undefined>;
  create(organisation: Omit<Organisation, 'id'>): Promise<Organisation>;
  update(id: OrganisationId, changes: Partial<Omit<Organisation, 'id' | 'summitId'>>): Promise<Organisation>;
  remove(id: OrganisationId): Promise<void>;
}

export interface ProgrammeStore {
  list(summitId: SummitId): Promise<ProgrammeItem[]>;
  find(id: ProgrammeItemId): Promise<ProgrammeItem | undefined>;
  create(item: Omit<ProgrammeItem, 'id'>): Promise<ProgrammeItem>;
  update(id: ProgrammeItemId, changes: Partial<Omit<ProgrammeItem, 'id' | 'summitId'>>): Promise<ProgrammeItem>;
  remove(id: ProgrammeItemId): Promise<void>;
}

export interface CoordinatorStore {
  findByEmail(email: string): Promise<(Coordinator & { passwordHash: string }) | undefined>;
  find(id: CoordinatorId): Promise<Coordinator | undefined>;
  create(coordinator: { email: string; name: string; passwordHash: string }, now: string): Promise<Coordinator>;
  setPassword(id: CoordinatorId, passwordHash: string): Promise<void>;
  createSession(session: { tokenHash: string; coordinatorId: CoordinatorId; createdAt: string; expiresAt: string }): Promise<void>;
  findSession(tokenHash: string, now: string): Promise<Coordinator | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createApiToken(token: { tokenHash: string; coordinatorId: CoordinatorId; label: string; createdAt: string }): Promise<{ id: string }>;
  findByApiToken(tokenHash: string, now: string): Promise<Coordinator | undefined>;
  listApiTokens(coordinatorId: CoordinatorId): Promise<{ id: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null }[]>;
  revokeApiToken(coordinatorId: CoordinatorId, id: string, now: string): Promise<void>;
}

export interface AuditEntry {
  action: string;
  actor: string;
  summitId?: string | null;
  subjectType?: string;
  subjectId?: string;
  data?: Record<string, unknown>;
}

export interface AuditLog {
  append(entry: AuditEntry, at: string): Promise<void>;
  list(summitId: string, limit?: number): Promise<(AuditEntry & { id: string; at: string })[]>;
}

/** Every store, bound to one transaction (or to the database outside one). */
export interface Stores {
  summits: SummitStore;
  groups: GroupStore;
  areas: AreaStore;
  organisations: OrganisationStore;
  programme: ProgrammeStore;
  coordinators: CoordinatorStore;
  audit: AuditLog;
}

export interface UnitOfWork {
  /** Runs `work` in one transaction; everything it wrote is kept only if it returns normally. */
  transaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
  readonly stores: Stores;
}

/** What every use case receives. */
export interface Deps {
  db: UnitOfWork;
  clock: Clock;
  tokens: TokenService;
  passwords: PasswordHasher;
}
