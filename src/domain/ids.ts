// Branded ids: a string that the type system keeps apart from other strings, so a GroupId can
// never be passed where a SummitId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SummitId = Brand<string, 'SummitId'>;
export type GroupId = Brand<string, 'GroupId'>;
export type AreaId = Brand<string, 'AreaId'>;
export type OrganisationId = Brand<string, 'OrganisationId'>;
export type ProgrammeItemId = Brand<string, 'ProgrammeItemId'>;
export type CoordinatorId = Brand<string, 'CoordinatorId'>;
