// Planning runs in the background: a test that starts it through the API asks for the plan until
// it is no longer running. The deadline turns a stuck job into a failing test instead of a hung one.
import assert from 'node:assert/strict';
import type { TestApp } from './test-app.ts';

export async function waitForPlan<Plan extends { status: string }>(t: TestApp, id: string, timeoutMs = 20_000): Promise<Plan> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/seating-plans/${id}`, headers: t.auth });
    assert.equal(response.statusCode, 200, response.body);
    const plan = response.json() as Plan;
    if (plan.status !== 'running') return plan;
    if (Date.now() > until) throw new Error(`planning ${id} did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
