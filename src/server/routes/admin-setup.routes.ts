// The coordinator's pages that set a summit up: stakeholder groups and quotas, local areas,
// recruiting organisations, the apportionment of a group's quota over areas, and the programme.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { z } from 'zod';
import { apportionmentMethods, type ApportionmentMethod } from '../../domain/apportion.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { applyApportionment, proposeApportionment, type ApportionmentProposal } from '../../use-cases/summit/apportion-group-quota.ts';
import type { CoordinatorAccess } from '../../use-cases/actor.ts';
import { getSummitOverview, type SummitOverview } from '../../use-cases/summit/get-summit-overview.ts';
import { createArea, deleteArea, listAreas, updateArea } from '../../use-cases/summit/save-area.ts';
import { createGroup, deleteGroup, updateGroup } from '../../use-cases/summit/save-group.ts';
import { createOrganisation, deleteOrganisation, updateOrganisation } from '../../use-cases/summit/save-organisation.ts';
import { createProgrammeItem, deleteProgrammeItem, updateProgrammeItem } from '../../use-cases/summit/save-programme-item.ts';
import { fieldErrorsFrom } from '../../web/form-errors.ts';
import type { Messages } from '../../web/i18n/messages.ts';
import type { PageContext } from '../../web/layout.tsx';
import { renderPage } from '../../web/layout.tsx';
import { AdminApportionmentPage } from '../../web/pages/admin-apportionment.tsx';
import { AdminAreaPage, AdminAreasPage } from '../../web/pages/admin-areas.tsx';
import { AdminGroupPage, AdminGroupsPage } from '../../web/pages/admin-groups.tsx';
import { AdminOrganisationPage, AdminOrganisationsPage } from '../../web/pages/admin-organisations.tsx';
import { AdminProgrammeItemPage, AdminProgrammePage } from '../../web/pages/admin-programme.tsx';
import type { FormState } from '../../web/pages/admin-shell.tsx';
import type { AppContext } from '../app.ts';
import { coordinatorPage, formCheckbox, formInt, formTime, formValues, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { areaBody, groupBody, organisationBody, programmeBody } from './api-schemas.ts';
import { idField, optionalIdField, summitIdOf } from '../route-params.ts';

const groupForm = z.object({
  name: groupBody.shape.name,
  quota: formInt(groupBody.shape.quota),
  description: groupBody.shape.description,
  facilitators: formCheckbox,
});
const groupLabels = (t: Messages) => ({ name: t.admin.groups.name, quota: t.admin.groups.quota, description: t.admin.groups.description });

const areaForm = z.object({
  name: areaBody.shape.name,
  mainTown: areaBody.shape.mainTown,
  population: formInt(areaBody.shape.population),
});
const areaLabels = (t: Messages) => ({ name: t.admin.areas.name, mainTown: t.admin.areas.mainTown, population: t.admin.areas.population });

const organisationForm = z.object({
  name: organisationBody.shape.name,
  kind: organisationBody.shape.kind,
  groupId: organisationBody.shape.groupId,
  areaId: optionalIdField(idField.area),
  quota: formInt(organisationBody.shape.quota),
  contactEmail: organisationBody.shape.contactEmail,
});
const organisationLabels = (t: Messages) => {
  const o = t.admin.organisations;
  return { name: o.name, kind: o.kind, groupId: o.group, areaId: o.area, quota: o.quota, contactEmail: o.contactEmail };
};

const programmeForm = z.object({
  title: programmeBody.shape.title,
  startsAt: formTime,
  endsAt: formTime,
  description: programmeBody.shape.description,
  speakerName: programmeBody.shape.speakerName,
  speakerTitle: programmeBody.shape.speakerTitle,
});
const programmeLabels = (t: Messages) => {
  const p = t.admin.programme;
  return { title: p.title, startsAt: p.startsAt, endsAt: p.endsAt, description: p.description, speakerName: p.speakerName, speakerTitle: p.speakerTitle };
};

const apportionmentSettings = z.object({
  method: z.enum(apportionmentMethods).catch('hare'),
  minimum: formInt(z.number().int().min(0).max(1000)).optional().transform((n) => n ?? 0),
});

const params = (request: FastifyRequest) => request.params as Record<string, string>;

/** The summit with everything in it; an item of another summit is "not found" here. */
async function overview(deps: Deps, request: FastifyRequest) {
  return getSummitOverview(deps, summitIdOf(request));
}

function ownedBy<T extends { id: string }>(items: T[], id: string | undefined): T {
  const item = items.find((x) => x.id === id);
  if (!item) throw new DomainError('not_found', { id });
  return item;
}

/**
 * One kind of item a summit is set up with: its list page with a create form, its own page with an
 * edit form, and a delete button, all under /admin/summits/{summitId}/{path}.
 */
interface SetupSection<S extends z.ZodType, Item extends { id: string }> {
  path: string;
  /** The route parameter naming one item. */
  param: string;
  /** The form name the pages show errors beside. */
  form: string;
  schema: S;
  labels: (t: Messages) => Record<string, string>;
  items: (overview: SummitOverview) => Item[];
  listPage: (view: { ctx: PageContext; overview: SummitOverview; saved: boolean; state?: FormState }) => VNode;
  itemPage: (view: { ctx: PageContext; overview: SummitOverview; item: Item; state?: FormState }) => VNode;
  create: (access: CoordinatorAccess, summitId: SummitId, data: z.output<S>) => Promise<unknown>;
  update: (access: CoordinatorAccess, item: Item, data: z.output<S>) => Promise<unknown>;
  remove: (access: CoordinatorAccess, item: Item) => Promise<unknown>;
}

function registerSetupSection<S extends z.ZodType, Item extends { id: string }>(app: FastifyInstance, deps: Deps, section: SetupSection<S, Item>): void {
  const csrf = { preHandler: app.csrfProtection };
  const listPath = (request: FastifyRequest) => `/admin/summits/${summitIdOf(request)}/${section.path}`;
  const itemPath = (request: FastifyRequest) => `${listPath(request)}/${params(request)[section.param]}`;
  const itemOf = async (request: FastifyRequest) => ownedBy(section.items(await overview(deps, request)), params(request)[section.param]);
  const listPage = async (ctx: PageContext, request: FastifyRequest, saved: boolean, state?: FormState) =>
    renderPage(section.listPage({ ctx, overview: await overview(deps, request), saved, state }));
  const itemPage = async (ctx: PageContext, request: FastifyRequest, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(section.itemPage({ ctx, overview: o, item: ownedBy(section.items(o), params(request)[section.param]), state }));
  };
  const list = `/admin/summits/:summitId/${section.path}`;
  const one = `${list}/:${section.param}`;

  app.get(list, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await listPage(page.ctx, request, savedFlag(request)));
  });
  app.post(list, csrf, async (request, reply) => submitForm({
    deps, request, reply, form: section.form, page: listPath(request), schema: section.schema, labels: section.labels,
    save: async (data, coordinator) => { await section.create(coordinator, summitIdOf(request), data); },
    render: (ctx, state) => listPage(ctx, request, false, state),
  }));
  app.get(one, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await itemPage(page.ctx, request));
  });
  app.post(one, csrf, async (request, reply) => submitForm({
    deps, request, reply, form: section.form, page: itemPath(request), schema: section.schema, labels: section.labels,
    save: async (data, coordinator) => {
      await section.update(coordinator, await itemOf(request), data);
      return listPath(request);
    },
    render: (ctx, state) => itemPage(ctx, request, state),
  }));
  app.post(`${one}/delete`, csrf, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    await section.remove(page.coordinator, await itemOf(request));
    return reply.redirect(`${listPath(request)}?saved=1`, 303);
  });
}

export async function registerAdminSetupRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  const base = (request: FastifyRequest) => `/admin/summits/${summitIdOf(request)}`;

  registerSetupSection(app, deps, {
    path: 'groups', param: 'groupId', form: 'group', schema: groupForm, labels: groupLabels,
    items: (o) => o.groups,
    listPage: ({ ctx, overview: o, saved, state }) => AdminGroupsPage({ ctx, summit: o.summit, groups: o.groups, organisations: o.organisations, saved, state }),
    itemPage: ({ ctx, overview: o, item, state }) => AdminGroupPage({ ctx, summit: o.summit, group: item, state }),
    create: (access, summitId, { facilitators, ...data }) => createGroup(deps, access, summitId, { ...data, isFacilitators: facilitators, followsTables: facilitators }),
    update: (access, group, { facilitators, ...data }) => updateGroup(deps, access, group.id, { ...data, isFacilitators: facilitators, followsTables: facilitators }),
    remove: (access, group) => deleteGroup(deps, access, group.id),
  });

  // Apportionment of a group's quota over the areas
  const csrf = { preHandler: app.csrfProtection };
  const apportionmentPage = async (ctx: PageContext, request: FastifyRequest, settings: { method: ApportionmentMethod; minimum: number }, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    const group = ownedBy(o.groups, params(request).groupId);
    let proposal: ApportionmentProposal | undefined;
    let shown = state;
    try {
      proposal = await proposeApportionment(deps, group.id, settings.method, settings.minimum);
    } catch (error) {
      if (!isDomainError(error) || error.code === 'not_found') throw error;
      const general = [ctx.t.errors.codes[error.code] ?? ctx.t.errors.codes.validation_failed];
      shown = { form: 'settings', values: {}, errors: {}, general: [...(state?.general ?? []), ...general] };
    }
    return renderPage(AdminApportionmentPage({
      ctx, summit: o.summit, group, method: settings.method, minimum: String(settings.minimum), proposal, saved, state: shown,
    }));
  };
  app.get('/admin/summits/:summitId/groups/:groupId/apportionment', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const query = request.query as Record<string, unknown>;
    const group = ownedBy((await overview(deps, request)).groups, params(request).groupId);
    const parsed = apportionmentSettings.safeParse({ method: query.method ?? group.apportionmentMethod ?? 'hare', minimum: query.minimum ?? String(group.apportionmentMinimum) });
    if (!parsed.success) {
      const state: FormState = { form: 'settings', values: {}, errors: fieldErrorsFrom(parsed.error.issues, page.ctx.t, { minimum: page.ctx.t.admin.apportionment.minimum }), general: [] };
      return sendPage(reply, await apportionmentPage(page.ctx, request, { method: 'hare', minimum: 0 }, false, state), 422);
    }
    return sendPage(reply, await apportionmentPage(page.ctx, request, parsed.data, savedFlag(request)));
  });
  app.post('/admin/summits/:summitId/groups/:groupId/apportionment', csrf, async (request, reply) => {
    const groupId = params(request).groupId;
    const pagePath = `${base(request)}/groups/${groupId}/apportionment`;
    const values = formValues(request.body);
    const settings = apportionmentSettings.safeParse(values);
    const { method, minimum } = settings.success ? settings.data : { method: 'hare' as const, minimum: 0 };
    const seatFields = Object.keys(values).filter((key) => key.startsWith('seats-'));
    const areas = await listAreas(deps, summitIdOf(request));
    const areaName = (key: string) => areas.find((a) => `seats-${a.id}` === key)?.name ?? key;
    const schema = z.object({
      method: z.enum(apportionmentMethods),
      minimum: formInt(z.number().int().min(0).max(1000)).optional(),
      action: z.enum(['accept', 'override']).catch('override'),
      ...Object.fromEntries(seatFields.map((key) => [key, formInt(z.number().int().min(0).max(100_000))])),
    });
    return submitForm({
      deps, request, reply, form: 'apportion', page: `${pagePath}?method=${method}&minimum=${minimum}`, schema,
      labels: (t) => ({ method: t.admin.apportionment.method, minimum: t.admin.apportionment.minimum,
        ...Object.fromEntries(seatFields.map((key) => [key, t.admin.apportionment.seatsFor(areaName(key))])) }),
      save: async (data, coordinator) => {
        const group = ownedBy((await overview(deps, request)).groups, groupId);
        const record = data as Record<string, unknown>;
        const overrides = record.action === 'accept' ? {} : Object.fromEntries(seatFields.map((key) => [key.slice('seats-'.length), record[key] as number]));
        await applyApportionment(deps, coordinator, group.id, method, minimum, overrides);
        return `${pagePath}?method=${method}&minimum=${minimum}`;
      },
      render: (ctx, state) => apportionmentPage(ctx, request, { method, minimum }, false, state),
    });
  });

  registerSetupSection(app, deps, {
    path: 'areas', param: 'areaId', form: 'area', schema: areaForm, labels: areaLabels,
    items: (o) => o.areas,
    listPage: ({ ctx, overview: o, saved, state }) => AdminAreasPage({ ctx, summit: o.summit, areas: o.areas, saved, state }),
    itemPage: ({ ctx, overview: o, item, state }) => AdminAreaPage({ ctx, summit: o.summit, area: item, state }),
    create: (access, summitId, data) => createArea(deps, access, summitId, data),
    update: (access, area, data) => updateArea(deps, access, area.id, data),
    remove: (access, area) => deleteArea(deps, access, area.id),
  });

  registerSetupSection(app, deps, {
    path: 'organisations', param: 'organisationId', form: 'organisation', schema: organisationForm, labels: organisationLabels,
    items: (o) => o.organisations,
    listPage: ({ ctx, overview: o, saved, state }) => AdminOrganisationsPage({ ctx, summit: o.summit, groups: o.groups, areas: o.areas, organisations: o.organisations, saved, state }),
    itemPage: ({ ctx, overview: o, item, state }) => AdminOrganisationPage({ ctx, summit: o.summit, groups: o.groups, areas: o.areas, organisation: item, state }),
    create: (access, summitId, data) => createOrganisation(deps, access, summitId, data),
    update: (access, organisation, data) => updateOrganisation(deps, access, organisation.id, data),
    remove: (access, organisation) => deleteOrganisation(deps, access, organisation.id),
  });

  registerSetupSection(app, deps, {
    path: 'programme', param: 'itemId', form: 'item', schema: programmeForm, labels: programmeLabels,
    items: (o) => o.programme,
    listPage: ({ ctx, overview: o, saved, state }) => AdminProgrammePage({ ctx, summit: o.summit, items: o.programme, saved, state }),
    itemPage: ({ ctx, overview: o, item, state }) => AdminProgrammeItemPage({ ctx, summit: o.summit, item, state }),
    create: (access, summitId, data) => createProgrammeItem(deps, access, summitId, data),
    update: (access, item, data) => updateProgrammeItem(deps, access, item.id, data),
    remove: (access, item) => deleteProgrammeItem(deps, access, item.id),
  });
}
