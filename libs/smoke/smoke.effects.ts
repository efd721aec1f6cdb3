import { Injectable } from '@nestjs/common';
import {
  CreateRequestContext,
  MikroORM,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { Context } from '@temporalio/activity';
import { type RecordSmokePingInput, type SmokeEffectsApi } from './smoke.contract';
import { SmokePing } from './smoke-ping.entity';

@Injectable()
export class SmokeEffects implements SmokeEffectsApi {
  // CreateRequestContext reads `orm` to fork a fresh EntityManager per call.
  constructor(private readonly orm: MikroORM) {}

  /**
   * Idempotent: keyed by the workflow id, so a retry after a crash (or after
   * the commit but before Temporal heard of it) finds the row and returns it.
   */
  @CreateRequestContext()
  async recordSmokePing(input: RecordSmokePingInput): Promise<{ pingId: string }> {
    const em = this.orm.em;
    const existing = await em.findOne(SmokePing, { workflowId: input.workflowId });
    if (existing) return { pingId: existing.id };
    const ping = new SmokePing(input.workflowId, input.message, Context.current().info.attempt);
    try {
      await em.persist(ping).flush();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      em.clear();
      const winner = await em.findOneOrFail(SmokePing, { workflowId: input.workflowId });
      return { pingId: winner.id };
    }
    return { pingId: ping.id };
  }
}
