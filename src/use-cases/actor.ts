// Who did something, as written to the audit log.
export type Actor = `coordinator:${string}` | `recruiter:${string}` | `participant:${string}` | `check-in-link:${string}` | 'system' | 'cli' | 'public';
