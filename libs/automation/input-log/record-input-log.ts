import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { LoggedInput, RecordInput, RecordKind } from '../contract/automation.contract';

/** An open record of a rule set, with its inputs in order (empty: none written yet). */
export interface OpenRecordInputs {
  kind: RecordKind;
  recordId: string;
  title: string;
  responsibleId: string;
  /** The stage and version the record's row says (the workflow's projection). */
  stage: string;
  version: number;
  inputs: RecordInput[];
}

interface OpenRow {
  kind: RecordKind;
  id: string;
  title: string;
  responsible_id: string;
  stage: string;
  rules_version: number;
}

/**
 * The record input log (record_input): written by the record workflows' `logInputs` effect, read
 * in bulk by rule set for the impact preview. Append-only.
 */
@Injectable()
export class RecordInputLog {
  constructor(private readonly orm: MikroORM) {}

  /** Appends a record's inputs; one already written (a retried effect) stays as it was. */
  async append(entry: {
    kind: RecordKind;
    recordId: string;
    workflowId: string;
    ruleSetId: string;
    inputs: LoggedInput[];
  }): Promise<void> {
    if (entry.inputs.length === 0) return;
    const values: unknown[] = [];
    const tuples = entry.inputs.map(({ seq, input }) => {
      values.push(
        entry.recordId,
        seq,
        entry.kind,
        entry.ruleSetId,
        input.version,
        input.type,
        new Date(input.at),
        JSON.stringify(input),
        entry.workflowId,
      );
      return '(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)';
    });
    await this.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into record_input (record_id, seq, record_kind, rule_set_id, version, type, at, input, workflow_id)
         values ${tuples.join(', ')} on conflict (record_id, seq) do nothing`,
        values,
      );
  }

  /** One record's inputs, in order. */
  async inputsOf(recordId: string): Promise<RecordInput[]> {
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<{ input: RecordInput }[]>(
        'select input from record_input where record_id = ? order by seq',
        [recordId],
      );
    return rows.map((r) => r.input);
  }

  /**
   * Every open deal of a pipeline, or every open lead of lead rules, with its inputs: two
   * queries at once (the records; their inputs by one index range on the rule set).
   */
  async openRecords(ruleSetId: string): Promise<OpenRecordInputs[]> {
    const connection = this.orm.em.fork().getConnection();
    // Both at once, on two connections: the inputs' query filters the open records itself.
    const [records, inputs] = await Promise.all([
      connection.execute<OpenRow[]>(
        `select 'deal' as kind, id, title, responsible_id, stage, rules_version from deal
         where pipeline_id = ? and outcome = 'open'
       union all
       select 'lead' as kind, id, title, responsible_id, status as stage, rules_version from lead
         where rule_set_id = ? and outcome = 'open'
       order by id`,
        [ruleSetId, ruleSetId],
      ),
      connection.execute<{ record_id: string; input: RecordInput }[]>(
        `select record_id, input from record_input i
          where rule_set_id = ? and exists (
            select 1 from deal d where d.id = i.record_id and d.outcome = 'open'
            union all select 1 from lead l where l.id = i.record_id and l.outcome = 'open')
          order by record_id, seq`,
        [ruleSetId],
      ),
    ]);
    const byId = new Map<string, OpenRecordInputs>(
      records.map((r) => [
        r.id,
        {
          kind: r.kind,
          recordId: r.id,
          title: r.title,
          responsibleId: r.responsible_id,
          stage: r.stage,
          version: r.rules_version,
          inputs: [],
        },
      ]),
    );
    for (const row of inputs) byId.get(row.record_id)?.inputs.push(row.input);
    return [...byId.values()];
  }
}
