import { type EntityManager } from '@mikro-orm/postgresql';
import { type FieldProblem, InvalidFieldsError } from '../../errors';
import { customFieldsOf } from '../custom-fields/custom-fields.service';
import { checkCustomValues } from '../custom-fields/custom-values';
import { LeadSource } from '../lead-sources/lead-source.entity';
import { customValuesOfCells } from './custom-cells';
import { type ImportKind } from './import-fields';
import { type RecordImport } from './record-import.entity';

/** The create route's validation of one row's input (its DTO): the problems, none when valid. */
export type RowValidator = (kind: ImportKind, input: Record<string, unknown>) => FieldProblem[];

/** A row's input checked as a new record: the problems, none when valid. */
export type RowCheck = (input: Record<string, unknown>) => FieldProblem[];

/** The validation of an import's rows: its DTO's, and the lead source catalogue's (read once). */
export async function importRowChecker(
  em: EntityManager,
  job: RecordImport,
  validate: RowValidator,
): Promise<RowCheck> {
  const sources =
    job.kind === 'lead'
      ? new Set((await em.find(LeadSource, { active: true })).map((s) => s.code))
      : new Set<string>();
  const definitions = await customFieldsOf(em, job.kind);
  return (input) => {
    const problems = validate(job.kind, input);
    // Custom values as the create route checks them (a row is checked as a new record).
    try {
      const cells = (input.custom ?? {}) as Record<string, unknown>;
      checkCustomValues(definitions, customValuesOfCells(definitions, cells), {}, `a ${job.kind}`);
    } catch (error) {
      if (!(error instanceof InvalidFieldsError)) throw error;
      problems.push(...error.fields.filter((f) => !problems.some((p) => p.field === f.field)));
    }
    const source = input.source as string | undefined;
    if (job.kind === 'lead' && source !== undefined && !problems.length && !sources.has(source))
      problems.push({
        field: 'source',
        problem: `"${source}" is not an active lead source; the known sources are: ${[...sources].sort().join(', ') || 'none'}`,
      });
    return problems;
  };
}
