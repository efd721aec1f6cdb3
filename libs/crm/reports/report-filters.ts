import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { invalidField } from '../../errors';
import { type RuleSet } from '../../rules';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { type ReportFilters } from './report-scope';

/**
 * The filters a report names must exist: an unknown pipeline, team or user is a 400 naming the
 * field (a filter that matched nothing would read as "no sales", which is not the answer).
 */
@Injectable()
export class ReportFiltersCheck {
  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
  ) {}

  /** The latest rules of a published pipeline. */
  async pipeline(pipelineId: string): Promise<RuleSet> {
    const rules = await this.rules.latestIn(this.orm.em.fork(), pipelineId);
    if (!rules || rules.kind !== 'pipeline')
      throw invalidField('pipelineId', `no published pipeline "${pipelineId}"`, {
        malformed: true,
      });
    return rules;
  }

  async check(f: ReportFilters): Promise<void> {
    const connection = this.orm.em.fork().getConnection();
    if (f.pipelineId) await this.pipeline(f.pipelineId);
    if (f.teamId) {
      const rows = await connection.execute('select 1 from team where id = ?', [f.teamId]);
      if (rows.length === 0)
        throw invalidField('teamId', `no team ${f.teamId}`, { malformed: true });
    }
    if (f.responsibleId) {
      const rows = await connection.execute('select 1 from crm_user where id = ?', [
        f.responsibleId,
      ]);
      if (rows.length === 0)
        throw invalidField('responsibleId', `no user ${f.responsibleId}`, { malformed: true });
    }
  }
}
