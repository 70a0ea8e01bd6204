import type { CoordinatorId } from './ids.ts';

export interface Coordinator {
  id: CoordinatorId;
  email: string;
  name: string;
  createdAt: string;
}

/** Emails are compared case-insensitively and without surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const minimumPasswordLength = 12;
