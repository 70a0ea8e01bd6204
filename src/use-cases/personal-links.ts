// The addresses people open, built in this one place from PUBLIC_URL (Deps.publicUrl): a
// participant's personal link, a recruiter's, a helper's at the door, a
// survey respondent's. The token is always the last
// path segment, and the paths are what the HTTP routes serve.
import type { Deps } from '../ports.ts';

type Base = Pick<Deps, 'publicUrl'>;

/** The participant's page (answer, re-confirm, table, calendar file), relative to the site. */
export const participantPath = (token: string) => `/i/${token}`;
/** The recruiting organisation's page, relative to the site. */
export const recruiterPath = (token: string) => `/r/${token}`;

export const participantUrl = (deps: Base, token: string) => `${deps.publicUrl}${participantPath(token)}`;
export const recruiterUrl = (deps: Base, token: string) => `${deps.publicUrl}${recruiterPath(token)}`;
export const checkInUrl = (deps: Base, token: string) => `${deps.publicUrl}/checkin/${token}`;
/** A survey respondent's page (answer once), relative to the site. */
export const surveyPath = (token: string) => `/s/${token}`;
export const surveyUrl = (deps: Base, token: string) => `${deps.publicUrl}${surveyPath(token)}`;
