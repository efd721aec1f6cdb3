import { Injectable, Logger } from '@nestjs/common';
import { type EntityManager, MikroORM, ref } from '@mikro-orm/postgresql';
import { AutomationClient } from '../../automation/client/automation-client';
import type {
  ImportBatchResult,
  ImportStartsResult,
  RecordImportPhase,
} from '../../automation/contract/record-import.contract';
import { DomainError, InvalidFieldsError } from '../../errors';
import { type RuleSet } from '../../rules/language/rule-set';
import { RulesPublisher } from '../../rules/publishing/rules-publisher';
import { lockForTransaction } from '../../sql/advisory-lock';
import { insertAtOnce } from '../../sql/insert-at-once';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { normalizeCompanyName, normalizeEmail, normalizePhone } from '../contact-points/normalize';
import { findDuplicatesOfMany, lockDuplicateKeys } from '../duplicates/duplicate-check';
import { Lead } from '../leads/lead.entity';
import { RecordStagesService } from '../stages/record-stages.service';
import { User } from '../users/user.entity';
import { customFieldsOf } from '../custom-fields/custom-fields.service';
import { checkCustomValues } from '../custom-fields/custom-values';
import { customValuesOfCells } from './custom-cells';
import { type ImportKind, rowInput } from './import-fields';
import { RecordImport, type RowOutcome } from './record-import.entity';
import { StartBacklog } from './start-backlog';

type ImportedRecord = Lead | Contact | Company;

/** One writer of an import's rows at a time (a batch, or a cancel waiting for it). */
export const importLockKey = (importId: string) => `record-import:${importId}`;
type RowInput = Record<string, unknown>;

interface Written {
  row: number;
  outcome: RowOutcome;
  reason: string | null;
  recordId: string | null;
}

const ENTITIES = { lead: Lead, contact: Contact, company: Company } as const;
/** How many workflow starts are on their way at once (each a round trip to Temporal). */
const STARTS_IN_FLIGHT = 16;

/**
 * The worker's side of a CSV import (its workflow's effects): the rows written batch by batch,
 * each batch one transaction that also notes every row's outcome, so a batch run again after a
 * crash writes nothing twice; the imported leads' workflows started at the import's pace.
 */
@Injectable()
export class ImportWriter {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly orm: MikroORM,
    private readonly rules: RulesPublisher,
    private readonly stages: RecordStagesService,
    private readonly automation: AutomationClient,
  ) {}

  async importBatch(input: {
    importId: string;
    afterRow: number | null;
    batchSize: number;
  }): Promise<ImportBatchResult> {
    const em = this.orm.em.fork();
    const job = await em.findOneOrFail(RecordImport, { id: input.importId });
    const rules = job.kind === 'lead' ? await this.leadRules(em) : null;
    const updatedLeads: { lead: Lead; before: Record<string, unknown> }[] = [];
    const result = await em.transactional(async (tx) => {
      // One writer per import at a time: a retried batch waits for a late one, then finds its
      // rows done (their outcome is written in the same transaction as their records).
      await lockForTransaction(tx, importLockKey(job.id));
      // Cancelled (under the same lock, so a cancel waits for the batch in flight): no more rows.
      const [{ status }] = await tx
        .getConnection()
        .execute<{ status: string }[]>(
          'select status from record_import where id = ?',
          [job.id],
          'all',
          tx.getTransactionContext(),
        );
      if (status === 'cancelled') return { lastRow: null, taken: 0 };
      const rows = await tx.getConnection().execute<{ row: number; cells: string[] }[]>(
        `select row, cells from record_import_row
            where import_id = ? and row > ? and outcome is null order by row limit ?`,
        [job.id, input.afterRow ?? 0, input.batchSize],
        'all',
        tx.getTransactionContext(),
      );
      if (rows.length === 0) return { lastRow: null, taken: 0 };
      const inputs = rows.map((r) => rowInput(job.columns, job.mapping, r.cells));
      const { written, inserts } = await this.write(tx, job, rules, rows, inputs, updatedLeads);
      // The new records (and a lead's first history row) in one statement; duplicates updated by
      // a flush.
      if (inserts.length) await insertAtOnce(tx, inserts);
      await tx.flush();
      await tx.getConnection().execute(
        `update record_import_row r
            set outcome = v.outcome, reason = v.reason, record_id = v."recordId"::uuid
           from jsonb_to_recordset(?::jsonb) as v(row int, outcome text, reason text, "recordId" text)
          where r.import_id = ? and r.row = v.row`,
        [JSON.stringify(written), job.id],
        'run',
        tx.getTransactionContext(),
      );
      return { lastRow: rows.at(-1)!.row, taken: rows.length };
    });
    // The rules see a lead's fields: a lead the import changed tells its workflow.
    for (const { lead, before } of updatedLeads) await this.stages.fieldsChanged(lead, before);
    return result;
  }

  private async write(
    tx: EntityManager,
    job: RecordImport,
    rules: RuleSet | null,
    rows: { row: number }[],
    inputs: RowInput[],
    updatedLeads: { lead: Lead; before: Record<string, unknown> }[],
  ): Promise<{ written: Written[]; inserts: object[] }> {
    const kind = job.kind;
    const keys = inputs.map((i) => keysOf(kind, i));
    // Under the duplicate check's locks, as a create route takes them: a record created meanwhile
    // through the API is seen, and one of this batch is seen by the API.
    await lockDuplicateKeys(tx, kind, keys);
    const matches =
      job.duplicateMode === 'create' ? new Map() : await findDuplicatesOfMany(tx, kind, keys);
    const responsible = tx.getReference(User, job.createdById);
    const admin =
      (await tx.findOne(User, { id: job.createdById }, { fields: ['role'] }))?.role === 'admin';
    // Rows of this batch seen so far, by their normalised keys: a later row duplicates them too.
    const inBatch = new Map<string, ImportedRecord>();
    const first = rules ? [...rules.stages].sort((a, b) => a.order - b.order)[0] : null;
    const written: Written[] = [];
    const created: ImportedRecord[] = [];
    const histories: object[] = [];
    const definitions = await customFieldsOf(tx, kind);
    /** The record's custom values after the row, or the problems with them (a failed row). */
    const customOf = (input: RowInput, current: Record<string, unknown>) => {
      try {
        const cells = (input.custom ?? {}) as Record<string, unknown>;
        return checkCustomValues(
          definitions,
          customValuesOfCells(definitions, cells),
          current,
          `a ${kind}`,
        );
      } catch (error) {
        if (!(error instanceof InvalidFieldsError)) throw error;
        return error;
      }
    };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i].row;
      const input = inputs[i];
      const required = requiredField(kind);
      if (typeof input[required] !== 'string') {
        written.push({
          row,
          outcome: 'failed',
          reason: `${required}: is required`,
          recordId: null,
        });
        continue;
      }
      const rowKeys = rowDuplicateKeys(kind, input);
      const earlier = rowKeys.map((k) => inBatch.get(k)).find(Boolean);
      const match = matches.get(i)?.[0];
      if (job.duplicateMode !== 'create' && (earlier || match)) {
        const id = earlier?.id ?? match!.id;
        const what = `a duplicate of ${kind} ${id}${match && !earlier ? ` (same ${match.field})` : ' (an earlier row)'}`;
        if (job.duplicateMode === 'skip') {
          written.push({ row, outcome: 'skipped', reason: what, recordId: id });
          continue;
        }
        const record = earlier ?? (await tx.findOne(ENTITIES[kind] as never, { id } as never));
        const target = record as ImportedRecord | null;
        if (!target || (!admin && target.responsible.id !== job.createdById)) {
          written.push({
            row,
            outcome: 'skipped',
            reason: `${what}, which you may not change`,
            recordId: id,
          });
          continue;
        }
        const custom = customOf(input, target.custom ?? {});
        if (custom instanceof InvalidFieldsError) {
          written.push({ row, outcome: 'failed', reason: custom.message, recordId: null });
          continue;
        }
        const before = target instanceof Lead ? target.ruleFields() : null;
        applyRow(target, input, custom);
        if (target instanceof Lead && before && !earlier)
          updatedLeads.push({ lead: target, before });
        written.push({ row, outcome: 'updated', reason: what, recordId: id });
        continue;
      }
      const custom = customOf(input, {});
      if (custom instanceof InvalidFieldsError) {
        written.push({ row, outcome: 'failed', reason: custom.message, recordId: null });
        continue;
      }
      const record = newRecord(kind);
      record.responsible = ref(responsible);
      if (record instanceof Lead) {
        record.ruleSetId = rules!.id;
        record.rulesVersion = rules!.version;
        record.status = first!.id;
        histories.push(this.stages.change(record, null, first!.id, 'imported', job.createdById));
      }
      applyRow(record, input, custom);
      created.push(record);
      for (const k of rowKeys) if (!inBatch.has(k)) inBatch.set(k, record);
      written.push({ row, outcome: 'created', reason: null, recordId: record.id });
    }
    return { written, inserts: [...created, ...histories] };
  }

  async startImportedWorkflows(
    input: {
      importId: string;
      afterRow: number | null;
      max: number;
      perSecond: number;
    },
    progress: (row: number) => void = () => undefined,
  ): Promise<ImportStartsResult> {
    const em = this.orm.em.fork();
    const sql = em.getConnection();
    const leads = await sql.execute<
      { row: number; id: string; rule_set_id: string; rules_version: number }[]
    >(
      `select r.row, l.id, l.rule_set_id, l.rules_version
         from record_import_row r join lead l on l.id = r.record_id
        where r.import_id = ? and r.row > ? and r.outcome = 'created'
          and r.workflow_started_at is null
        order by r.row limit ?`,
      [input.importId, input.afterRow ?? 0, input.max],
    );
    const began = Date.now();
    const gap = 1000 / input.perSecond;
    const inFlight = new Set<Promise<void>>();
    const done: number[] = [];
    const note = async () => {
      if (done.length === 0) return;
      const rows = done.splice(0);
      await sql.execute(
        `update record_import_row set workflow_started_at = now()
          where import_id = ? and row = any(array(select jsonb_array_elements_text(?::jsonb)::int))`,
        [input.importId, JSON.stringify(rows)],
      );
    };
    // The leads whose workflow ran its first effect (`begin` marks the lead).
    const backlog = new StartBacklog(async (ids) => {
      const rows = await sql.execute<{ id: string }[]>(
        `select id from lead where id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))
            and workflow_started_at is not null`,
        [JSON.stringify(ids)],
      );
      return rows.map((r) => r.id);
    }, input.perSecond);
    const tick = () => progress(leads[0]?.row ?? 0);
    for (let i = 0; i < leads.length; i++) {
      // The pace: the i-th start goes no sooner than i gaps after the first; and no sooner than
      // the workers have room for it (StartBacklog).
      const wait = began + i * gap - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await backlog.room(tick);
      if (inFlight.size >= STARTS_IN_FLIGHT) await Promise.race(inFlight);
      const lead = leads[i];
      backlog.add(lead.id);
      const start = this.automation
        .start('lead', lead.id, lead.rule_set_id, lead.rules_version)
        .then(() => void done.push(lead.row))
        .finally(() => inFlight.delete(start));
      inFlight.add(start);
      if (done.length >= 20) {
        await note();
        progress(lead.row);
      }
    }
    await Promise.all(inFlight);
    await note();
    await backlog.drain(tick);
    this.logger.log(`import ${input.importId}: started ${leads.length} lead workflow(s)`);
    return { lastRow: leads.at(-1)?.row ?? null, started: leads.length };
  }

  async setImportPhase(input: { importId: string; phase: RecordImportPhase }): Promise<void> {
    const now = new Date();
    // A cancelled import stays cancelled while its workflow starts the leads it wrote.
    await this.orm.em.fork().nativeUpdate(
      RecordImport,
      { id: input.importId, status: { $ne: 'cancelled' } },
      {
        status: input.phase,
        ...(input.phase === 'starting' ? { storedAt: now } : {}),
        ...(input.phase === 'completed' ? { finishedAt: now } : {}),
      },
    );
  }

  private async leadRules(em: EntityManager): Promise<RuleSet> {
    const rules = await this.rules.latestLeadRules(em);
    if (!rules)
      throw new DomainError(
        'rules-missing',
        'no lead rules are published: publish a rule set of kind lead first',
      );
    return rules;
  }
}

export function requiredField(kind: ImportKind): string {
  return { lead: 'title', contact: 'firstName', company: 'name' }[kind];
}

function newRecord(kind: ImportKind): ImportedRecord {
  return kind === 'lead' ? new Lead() : kind === 'contact' ? new Contact() : new Company();
}

/** What the duplicate check compares a row by. */
export function keysOf(kind: ImportKind, input: RowInput) {
  return {
    email: (input.email as string | undefined) ?? null,
    phone: (input.phone as string | undefined) ?? null,
    name: kind === 'company' ? ((input.name as string | undefined) ?? null) : null,
  };
}

export function rowDuplicateKeys(kind: ImportKind, input: RowInput): string[] {
  const k = keysOf(kind, input);
  return [
    ['email', normalizeEmail(k.email)],
    ['phone', normalizePhone(k.phone)],
    ['name', normalizeCompanyName(k.name)],
  ]
    .filter(([, value]) => value)
    .map(([field, value]) => `${field}:${value}`);
}

/**
 * The row's fields onto the record, as its create route writes them (a row leaves out empties),
 * with its custom values as checked.
 */
function applyRow(record: ImportedRecord, input: RowInput, custom: Record<string, unknown>): void {
  const text = (field: string) => input[field] as string | undefined;
  record.contactPoints.set(text('email'), text('phone'));
  record.custom = custom;
  if (record instanceof Lead) {
    if (text('title')) record.title = text('title')!;
    if (text('name')) record.name = text('name');
    if (text('companyName')) record.companyName = text('companyName');
    if (text('source')) record.source = text('source');
  } else if (record instanceof Contact) {
    if (text('firstName')) record.firstName = text('firstName')!;
    if (text('lastName')) record.lastName = text('lastName');
    if (text('position')) record.position = text('position');
  } else {
    if (text('name')) record.rename(text('name')!);
    if (text('industry')) record.industry = text('industry');
    if (text('country')) record.country = text('country');
    if (text('website')) record.website = text('website');
    if (text('address')) record.address = text('address');
  }
}
