import { randomUUID } from 'node:crypto';
import { ModuleRef } from '@nestjs/core';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { collectEffects } from '../apps/worker/effects';
import { startTestSystem, type TestSystem } from './support/test-system';

/**
 * An effect that fails for good says so: Temporal does not retry it, and the workflow hears of it
 * at once (a missing record used to be retried 8 times before the workflow saw it).
 */
describe('effect failures', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system?.close();
  });

  const target = (recordId: string) => ({
    kind: 'deal' as const,
    recordId,
    workflowId: `deal-${recordId}`,
    key: 'close/1',
    ruleSetId: 'b2b',
    version: 1,
  });

  /** A registered effect by name, as Temporal calls it. */
  const effect = (name: string) =>
    collectEffects(system.worker!.get(ModuleRef))[name] as (input: unknown) => Promise<unknown>;

  it('fails an effect on a record that does not exist for good, on its first attempt', async () => {
    const failure = await new MockActivityEnvironment({ attempt: 1 })
      .run(effect('closeRecord'), { ...target(randomUUID()), outcome: 'won', at: Date.now() })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect(failure).toMatchObject({ type: 'not-found', nonRetryable: true });
  });

  it('fails an effect for rules that are not published for good', async () => {
    const failure = await new MockActivityEnvironment()
      .run(effect('loadRules'), { ruleSetId: 'no-such-rules', version: 7 })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({
      type: 'rules-missing',
      nonRetryable: true,
      message: 'rules no-such-rules v7 are not published',
    });
  });
});
