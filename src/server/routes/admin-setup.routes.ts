// The coordinator's pages that set a summit up: stakeholder groups and quotas, local areas,
// recruiting organisations, the apportionment of a group's quota over areas, and the programme.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { apportionmentMethods, type ApportionmentMethod } from '../../domain/apportion.ts';
import { DomainError, isDomainError } from '../../domain/errors.ts';
import type { AreaId, GroupId, OrganisationId, ProgrammeItemId, SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';
import { applyApportionment, proposeApportionment, type ApportionmentProposal } from '../../use-cases/summit/apportion-group-quota.ts';
import { getSummitOverview } from '../../use-cases/summit/get-summit-overview.ts';
import { createArea, deleteArea, updateArea } from '../../use-cases/summit/save-area.ts';
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
import { actorOf, coordinatorPage, formCheckbox, formInt, formTime, formValues, savedFlag, sendPage, submitForm } from './admin-form-handling.ts';
import { areaBody, groupBody, organisationBody, programmeBody } from './api-schemas.ts';

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
  areaId: z.string().max(100).optional().transform((value) => value || null),
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
const summitIdOf = (request: FastifyRequest) => params(request).summitId as SummitId;

/** The summit with everything in it; an item of another summit is "not found" here. */
async function overview(deps: Deps, request: FastifyRequest) {
  return getSummitOverview(deps, summitIdOf(request));
}

function ownedBy<T extends { id: string }>(items: T[], id: string | undefined): T {
  const item = items.find((x) => x.id === id);
  if (!item) throw new DomainError('not_found', { id });
  return item;
}

export async function registerAdminSetupRoutes(app: FastifyInstance, { deps }: AppContext): Promise<void> {
  const csrf = { preHandler: app.csrfProtection };
  const base = (request: FastifyRequest) => `/admin/summits/${summitIdOf(request)}`;

  // Stakeholder groups
  const groupsPage = async (ctx: PageContext, request: FastifyRequest, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminGroupsPage({ ctx, summit: o.summit, groups: o.groups, organisations: o.organisations, saved, state }));
  };
  app.get('/admin/summits/:summitId/groups', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await groupsPage(page.ctx, request, savedFlag(request)));
  });
  app.post('/admin/summits/:summitId/groups', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'group', page: `${base(request)}/groups`, schema: groupForm, labels: groupLabels,
    save: async ({ facilitators, ...data }, coordinator) => {
      await createGroup(deps, actorOf(coordinator), summitIdOf(request), { ...data, isFacilitators: facilitators, followsTables: facilitators });
    },
    render: (ctx, state) => groupsPage(ctx, request, false, state),
  }));
  const groupPage = async (ctx: PageContext, request: FastifyRequest, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminGroupPage({ ctx, summit: o.summit, group: ownedBy(o.groups, params(request).groupId), state }));
  };
  app.get('/admin/summits/:summitId/groups/:groupId', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await groupPage(page.ctx, request));
  });
  app.post('/admin/summits/:summitId/groups/:groupId', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'group', page: `${base(request)}/groups/${params(request).groupId}`, schema: groupForm, labels: groupLabels,
    save: async ({ facilitators, ...data }, coordinator) => {
      const group = ownedBy((await overview(deps, request)).groups, params(request).groupId);
      await updateGroup(deps, actorOf(coordinator), group.id, { ...data, isFacilitators: facilitators, followsTables: facilitators });
      return `${base(request)}/groups`;
    },
    render: (ctx, state) => groupPage(ctx, request, state),
  }));
  app.post('/admin/summits/:summitId/groups/:groupId/delete', csrf, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const group = ownedBy((await overview(deps, request)).groups, params(request).groupId);
    await deleteGroup(deps, actorOf(page.coordinator), group.id);
    return reply.redirect(`${base(request)}/groups?saved=1`, 303);
  });

  // Apportionment of a group's quota over the areas
  const apportionmentPage = async (ctx: PageContext, request: FastifyRequest, settings: { method: ApportionmentMethod; minimum: number }, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    const group = ownedBy(o.groups, params(request).groupId);
    let proposal: ApportionmentProposal | undefined;
    let shown = state;
    try {
      proposal = await proposeApportionment(deps, group.id as GroupId, settings.method, settings.minimum);
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
    const areas = await deps.db.stores.areas.list(summitIdOf(request));
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
        await applyApportionment(deps, actorOf(coordinator), group.id, method, minimum, overrides as Partial<Record<AreaId, number>>);
        return `${pagePath}?method=${method}&minimum=${minimum}`;
      },
      render: (ctx, state) => apportionmentPage(ctx, request, { method, minimum }, false, state),
    });
  });

  // Local areas
  const areasPage = async (ctx: PageContext, request: FastifyRequest, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminAreasPage({ ctx, summit: o.summit, areas: o.areas, saved, state }));
  };
  app.get('/admin/summits/:summitId/areas', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await areasPage(page.ctx, request, savedFlag(request)));
  });
  app.post('/admin/summits/:summitId/areas', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'area', page: `${base(request)}/areas`, schema: areaForm, labels: areaLabels,
    save: async (data, coordinator) => { await createArea(deps, actorOf(coordinator), summitIdOf(request), data); },
    render: (ctx, state) => areasPage(ctx, request, false, state),
  }));
  const areaPage = async (ctx: PageContext, request: FastifyRequest, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminAreaPage({ ctx, summit: o.summit, area: ownedBy(o.areas, params(request).areaId), state }));
  };
  app.get('/admin/summits/:summitId/areas/:areaId', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await areaPage(page.ctx, request));
  });
  app.post('/admin/summits/:summitId/areas/:areaId', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'area', page: `${base(request)}/areas/${params(request).areaId}`, schema: areaForm, labels: areaLabels,
    save: async (data, coordinator) => {
      const area = ownedBy((await overview(deps, request)).areas, params(request).areaId);
      await updateArea(deps, actorOf(coordinator), area.id, data);
      return `${base(request)}/areas`;
    },
    render: (ctx, state) => areaPage(ctx, request, state),
  }));
  app.post('/admin/summits/:summitId/areas/:areaId/delete', csrf, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const area = ownedBy((await overview(deps, request)).areas, params(request).areaId);
    await deleteArea(deps, actorOf(page.coordinator), area.id);
    return reply.redirect(`${base(request)}/areas?saved=1`, 303);
  });

  // Recruiting organisations
  const organisationsPage = async (ctx: PageContext, request: FastifyRequest, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminOrganisationsPage({ ctx, summit: o.summit, groups: o.groups, areas: o.areas, organisations: o.organisations, saved, state }));
  };
  app.get('/admin/summits/:summitId/organisations', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await organisationsPage(page.ctx, request, savedFlag(request)));
  });
  app.post('/admin/summits/:summitId/organisations', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'organisation', page: `${base(request)}/organisations`, schema: organisationForm, labels: organisationLabels,
    save: async (data, coordinator) => {
      await createOrganisation(deps, actorOf(coordinator), summitIdOf(request), { ...data, groupId: data.groupId as GroupId, areaId: data.areaId as AreaId | null });
    },
    render: (ctx, state) => organisationsPage(ctx, request, false, state),
  }));
  const organisationPage = async (ctx: PageContext, request: FastifyRequest, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminOrganisationPage({
      ctx, summit: o.summit, groups: o.groups, areas: o.areas, organisation: ownedBy(o.organisations, params(request).organisationId), state,
    }));
  };
  app.get('/admin/summits/:summitId/organisations/:organisationId', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await organisationPage(page.ctx, request));
  });
  app.post('/admin/summits/:summitId/organisations/:organisationId', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'organisation', page: `${base(request)}/organisations/${params(request).organisationId}`, schema: organisationForm, labels: organisationLabels,
    save: async (data, coordinator) => {
      const organisation = ownedBy((await overview(deps, request)).organisations, params(request).organisationId);
      await updateOrganisation(deps, actorOf(coordinator), organisation.id as OrganisationId, { ...data, groupId: data.groupId as GroupId, areaId: data.areaId as AreaId | null });
      return `${base(request)}/organisations`;
    },
    render: (ctx, state) => organisationPage(ctx, request, state),
  }));
  app.post('/admin/summits/:summitId/organisations/:organisationId/delete', csrf, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const organisation = ownedBy((await overview(deps, request)).organisations, params(request).organisationId);
    await deleteOrganisation(deps, actorOf(page.coordinator), organisation.id);
    return reply.redirect(`${base(request)}/organisations?saved=1`, 303);
  });

  // Programme items and speakers
  const programmePage = async (ctx: PageContext, request: FastifyRequest, saved: boolean, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminProgrammePage({ ctx, summit: o.summit, items: o.programme, saved, state }));
  };
  app.get('/admin/summits/:summitId/programme', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await programmePage(page.ctx, request, savedFlag(request)));
  });
  app.post('/admin/summits/:summitId/programme', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'item', page: `${base(request)}/programme`, schema: programmeForm, labels: programmeLabels,
    save: async (data, coordinator) => { await createProgrammeItem(deps, actorOf(coordinator), summitIdOf(request), data); },
    render: (ctx, state) => programmePage(ctx, request, false, state),
  }));
  const itemPage = async (ctx: PageContext, request: FastifyRequest, state?: FormState) => {
    const o = await overview(deps, request);
    return renderPage(AdminProgrammeItemPage({ ctx, summit: o.summit, item: ownedBy(o.programme, params(request).itemId), state }));
  };
  app.get('/admin/summits/:summitId/programme/:itemId', async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    return sendPage(reply, await itemPage(page.ctx, request));
  });
  app.post('/admin/summits/:summitId/programme/:itemId', csrf, async (request, reply) => submitForm({
    deps, request, reply, form: 'item', page: `${base(request)}/programme/${params(request).itemId}`, schema: programmeForm, labels: programmeLabels,
    save: async (data, coordinator) => {
      const item = ownedBy((await overview(deps, request)).programme, params(request).itemId);
      await updateProgrammeItem(deps, actorOf(coordinator), item.id as ProgrammeItemId, data);
      return `${base(request)}/programme`;
    },
    render: (ctx, state) => itemPage(ctx, request, state),
  }));
  app.post('/admin/summits/:summitId/programme/:itemId/delete', csrf, async (request, reply) => {
    const page = await coordinatorPage(deps, request, reply);
    if (!page) return reply;
    const item = ownedBy((await overview(deps, request)).programme, params(request).itemId);
    await deleteProgrammeItem(deps, actorOf(page.coordinator), item.id);
    return reply.redirect(`${base(request)}/programme?saved=1`, 303);
  });
}
