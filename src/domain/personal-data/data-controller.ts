// The municipality as data controller (dataansvarlig), filled once for the installation: whom
// every summit's privacy notice names, and how its data protection officer (databeskyttelses-
// rådgiver) is reached. Pure rules: what is required, what a valid CVR, address and phone are.

export interface DataController {
  municipality: string;
  /** Postal address, as it is to be printed (lines allowed). */
  address: string;
  /** The municipality's CVR number: eight digits. */
  cvr: string;
  email: string;
  phone: string;
  /** The data protection officer: a name is optional, a way to write is not. */
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  /** Further recipients and processors (mail, hosting …), one per line. */
  recipients: string;
  /** When it was last saved; null while it was never filled. */
  updatedAt: string | null;
}

export type DataControllerInput = Omit<DataController, 'updatedAt'>;
export type DataControllerField = keyof DataControllerInput;

export const dataControllerFields: readonly DataControllerField[] = ['municipality', 'address', 'cvr', 'email', 'phone', 'dpoName', 'dpoEmail', 'dpoPhone', 'recipients'];

/** What a privacy notice cannot do without; the rest is printed when given. */
export const requiredDataControllerFields: readonly DataControllerField[] = ['municipality', 'address', 'cvr', 'email', 'dpoEmail'];

export const emptyDataController: DataController = {
  municipality: '', address: '', cvr: '', email: '', phone: '', dpoName: '', dpoEmail: '', dpoPhone: '', recipients: '', updatedAt: null,
};

export type DataControllerProblem = 'required' | 'too_long' | 'invalid_cvr' | 'invalid_email' | 'invalid_phone';

const maxLength: Record<DataControllerField, number> = {
  municipality: 200, address: 500, cvr: 20, email: 320, phone: 40, dpoName: 200, dpoEmail: 320, dpoPhone: 40, recipients: 4000,
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const phonePattern = /^\+?[0-9][0-9 ()-]{6,}$/;

/** The input with surrounding spaces removed and the CVR without the spaces people type in it. */
export function normaliseDataController(input: DataControllerInput): DataControllerInput {
  const trimmed = Object.fromEntries(dataControllerFields.map((f) => [f, (input[f] ?? '').trim()])) as unknown as DataControllerInput;
  return { ...trimmed, cvr: trimmed.cvr.replace(/\s+/g, '') };
}

/** Every field that is wrong, with why; empty when the input may be saved. */
export function dataControllerProblems(input: DataControllerInput): Partial<Record<DataControllerField, DataControllerProblem>> {
  const problems: Partial<Record<DataControllerField, DataControllerProblem>> = {};
  for (const field of dataControllerFields) {
    const value = input[field];
    if (!value && requiredDataControllerFields.includes(field)) problems[field] = 'required';
    else if (value.length > maxLength[field]) problems[field] = 'too_long';
  }
  const check = (field: DataControllerField, ok: boolean, problem: DataControllerProblem) => {
    if (!problems[field] && input[field] && !ok) problems[field] = problem;
  };
  check('cvr', /^\d{8}$/.test(input.cvr), 'invalid_cvr');
  check('email', emailPattern.test(input.email), 'invalid_email');
  check('dpoEmail', emailPattern.test(input.dpoEmail), 'invalid_email');
  check('phone', phonePattern.test(input.phone), 'invalid_phone');
  check('dpoPhone', phonePattern.test(input.dpoPhone), 'invalid_phone');
  return problems;
}

/** The required details not yet given: a notice names them as missing rather than inventing them. */
export function missingDataControllerFields(controller: DataController): DataControllerField[] {
  return requiredDataControllerFields.filter((field) => !controller[field].trim());
}

/** The lines of a multi-line field, blank ones left out. */
export const linesOf = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
