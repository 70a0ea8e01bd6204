// Who did something, as written to the audit log.
export type Actor = `coordinator:${string}` | `recruiter:${string}` | `participant:${string}` | 'system' | 'cli' | 'public';
