import { Injectable } from '@nestjs/common';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { lockForTransaction } from '../../sql/advisory-lock';
import { EffectRun } from './effect-run.entity';

/**
 * The record workflows' effects run once per (workflow, key): their database work runs in one
 * transaction with an `effect_run` row, under an advisory lock on the key, so a retry (after a
 * crash, or after the commit but before Temporal heard of it) finds the row and returns the first
 * result without writing again.
 */
@Injectable()
export class EffectLedger {
  constructor(private readonly orm: MikroORM) {}

  once<T>(
    target: { workflowId: string; key: string },
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.orm.em.fork().transactional(async (em) => {
      await lockForTransaction(em, `${target.workflowId}/${target.key}`);
      const done = await em.findOne(EffectRun, { workflowId: target.workflowId, key: target.key });
      if (done) return done.result as T;
      const result = await work(em);
      em.persist(new EffectRun(target.workflowId, target.key, result ?? null));
      return result;
    });
  }
}
