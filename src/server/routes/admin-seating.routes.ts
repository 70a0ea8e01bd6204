import type { FastifyInstance } from 'fastify';
import type { PlanRunner } from '../../ports.ts';
import type { AppContext } from '../app.ts';

export async function registerAdminSeatingRoutes(_app: FastifyInstance, _context: AppContext, _runner: PlanRunner): Promise<void> {}
