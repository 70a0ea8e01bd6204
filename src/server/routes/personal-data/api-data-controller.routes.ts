// The municipality's details as data controller through the JSON API (bearer token): the same
// record as the coordinator's page /admin/privatliv, read whole and replaced whole. Bad input
// changes nothing and answers validation_failed with every wrong field and why at once.
import type { FastifyInstance } from 'fastify';
import { apiAccess } from '../../access.ts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDataController, saveDataController } from '../../../use-cases/personal-data/save-data-controller.ts';
import type { AppContext } from '../../app.ts';
import { answers, dataControllerShape } from '../../api-responses.ts';
import { registerCoordinatorApi } from '../api-summits.routes.ts';

const security = [{ bearer: [] }];
const tags = ['settings'];

// The lengths here only keep absurd bodies out; the domain's rules (required, CVR, addresses,
// phone numbers, lengths) decide, and answer with a problem code per field.
const field = (description: string) => z.string().max(5000).describe(description);
const optional = (description: string) => field(description).default('');

export const dataControllerBody = z.object({
  municipality: field('The municipality\'s name, e.g. "Holbæk Kommune" (required)'),
  address: field('Postal address as printed; lines separated by \\n (required)'),
  cvr: field('CVR number: eight digits, spaces allowed and removed (required)'),
  email: field('The address citizens write to (required)'),
  phone: optional('The municipality\'s phone number'),
  dpoName: optional('The data protection officer\'s name'),
  dpoEmail: field('The data protection officer\'s email (required)'),
  dpoPhone: optional('The data protection officer\'s phone number'),
  recipients: optional('Further recipients and processors, one per line'),
}).strict();

export async function registerApiDataControllerRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { deps } = context;
  await registerCoordinatorApi(app, context, (scope) => {
    const api = scope.withTypeProvider<ZodTypeProvider>();
    api.get('/settings/data-controller', {
      schema: { tags, security, summary: 'The municipality as data controller, as every summit\'s privacy notice names it; every field empty and updatedAt null while never saved',
        response: answers({ 200: dataControllerShape }) },
    }, async () => getDataController(deps));
    api.put('/settings/data-controller', {
      schema: {
        tags, security, body: dataControllerBody, response: answers({ 200: dataControllerShape }),
        summary: 'Replace the municipality\'s details (every summit\'s privacy notice shows them at once). 422 validation_failed with details { field: problem }, problem one of required, too_long, invalid_cvr, invalid_email, invalid_phone',
      },
    }, async (request) => saveDataController(deps, apiAccess(request), request.body));
  });
}
