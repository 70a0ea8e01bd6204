// Which tables hold personal data, and how. Typed over every table of the schema, so a new table
// does not compile until it is placed here; tests/integration/personal-data-registry.test.ts also
// reads the migrated database and fails when a table or a column that looks personal (a name, an
// address, free text, a link to an invitation) is not accounted for. The retention job and the
// erasure of one person (personal-data-store.ts) and the access export work from this list.
import type { DB } from '../schema.ts';

export type TableCoverage =
  /** Rows about one participant: each appears in the person's access export under `exportKey`. */
  | { holds: 'person'; exportKey: string; personalColumns: readonly string[] }
  /**
   * Personal data of someone who is not a participant but is named in the summit's data (a
   * recruiting organisation's contact, a check-in link's holder): erased with the summit.
   */
  | { holds: 'contact'; personalColumns: readonly string[]; why: string }
  /** The municipality's own staff: kept with their account, not with a summit. */
  | { holds: 'staff'; personalColumns: readonly string[]; why: string }
  | { holds: 'none'; why: string };

export const personalDataTables: { readonly [T in keyof DB]: TableCoverage } = {
  invitations: { holds: 'person', exportKey: 'invitation', personalColumns: ['name', 'email', 'emailKey', 'phone', 'dietNeeds', 'accessibilityNeeds', 'tokenHash', 'checkInCode', 'consentPhotos'] },
  consents: { holds: 'person', exportKey: 'consents', personalColumns: ['invitationId', 'wording'] },
  interestRequests: { holds: 'person', exportKey: 'interestRequests', personalColumns: ['name', 'email', 'message', 'decisionMessage', 'invitationId'] },
  outboxMessages: { holds: 'person', exportKey: 'messages', personalColumns: ['toAddress', 'subject', 'bodyText', 'attachments', 'invitationId'] },
  invitationTokens: { holds: 'person', exportKey: 'links', personalColumns: ['tokenHash', 'invitationId'] },
  checkIns: { holds: 'person', exportKey: 'checkIns', personalColumns: ['invitationId', 'checkedInBy', 'undoneBy'] },
  checkInRequests: { holds: 'person', exportKey: 'checkInAnswers', personalColumns: ['invitationId', 'response'] },
  walkIns: { holds: 'person', exportKey: 'walkIn', personalColumns: ['name', 'organisation', 'invitationId', 'createdBy'] },
  seatingAbsences: { holds: 'person', exportKey: 'absences', personalColumns: ['invitationId'] },
  surveyRecipients: { holds: 'person', exportKey: 'survey', personalColumns: ['invitationId'] },
  surveyLinks: { holds: 'person', exportKey: 'survey', personalColumns: ['tokenHash', 'recipientId'] },
  surveyResponses: { holds: 'person', exportKey: 'surveyResponses', personalColumns: ['respondentId', 'answers'] },
  tableNotes: { holds: 'person', exportKey: 'tableNotes', personalColumns: ['writtenBy', 'keyPoints', 'proposals'] },
  badgePrints: { holds: 'person', exportKey: 'badges', personalColumns: ['invitationId', 'seats', 'printedBy'] },
  auditLog: { holds: 'person', exportKey: 'audit', personalColumns: ['data', 'subjectId', 'actor'] },
  seatingPlans: { holds: 'person', exportKey: 'tables', personalColumns: ['rounds', 'locks', 'absent', 'settings'] },
  proposalItems: { holds: 'contact', personalColumns: ['text'], why: 'the merged proposals are the tables\' words, which may name someone; names are taken out with the summit' },
  organisations: { holds: 'contact', personalColumns: ['contactEmail', 'name'], why: 'a recruiting organisation\'s contact address is often a person\'s own' },
  recruiterLinks: { holds: 'contact', personalColumns: ['tokenHash'], why: 'the recruiter\'s personal link' },
  checkInLinks: { holds: 'contact', personalColumns: ['tokenHash', 'label', 'createdBy'], why: 'a door link is often labelled with the helper\'s name' },
  coordinators: { holds: 'staff', personalColumns: ['name', 'email', 'passwordHash'], why: 'coordinator accounts belong to the municipality, not to a summit' },
  coordinatorSessions: { holds: 'staff', personalColumns: ['tokenHash'], why: 'a coordinator\'s login' },
  loginThrottles: { holds: 'staff', personalColumns: ['account'], why: 'login attempts on a coordinator account (or an email tried as one), cleared by a successful login' },
  dataController: { holds: 'staff', personalColumns: ['email', 'phone', 'dpoName', 'dpoEmail', 'dpoPhone'], why: 'the municipality\'s and its data protection officer\'s contacts, published in every privacy notice' },
  apiTokens: { holds: 'staff', personalColumns: ['tokenHash', 'label'], why: 'a coordinator\'s API token' },
  installationBranding: { holds: 'none', why: 'the municipality\'s name, logo and colour for the whole installation' },
  summits: { holds: 'none', why: 'the summit itself; its responsible editor and organiser are published on its public page' },
  seatCounts: { holds: 'none', why: 'how many seats each group and organisation holds, as numbers' },
  summitStatusChanges: { holds: 'none', why: 'the coordinator\'s decisions on the summit, by coordinator id' },
  stakeholderGroups: { holds: 'none', why: 'groups and quotas' },
  areas: { holds: 'none', why: 'local areas and their population' },
  programmeItems: { holds: 'none', why: 'the published programme; speakers appear as announced publicly' },
  seatingSettings: { holds: 'none', why: 'table sizes and rules; pairs name invitation ids only, which lead to anonymised rows' },
  messageTemplates: { holds: 'none', why: 'the coordinator\'s wording of messages, with placeholders' },
  summitDays: { holds: 'none', why: 'how many rounds have started' },
  surveys: { holds: 'none', why: 'the survey\'s questions' },
  seatingRoundQuestions: { holds: 'none', why: 'each round\'s question' },
  consentKinds: { holds: 'none', why: 'the coordinator\'s words for a summit\'s consents; who gave them is in consents' },
  summitRetention: { holds: 'none', why: 'the retention schedule; the postponement reason is the coordinator\'s' },
};
