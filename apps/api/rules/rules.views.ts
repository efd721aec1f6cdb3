import { ApiProperty } from '@nestjs/swagger';
import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  ObjectField,
  TextField,
} from '../openapi/fields';

const KINDS = ['pipeline', 'lead'] as const;

/** A problem of a rules file, where it is. */
export class RuleProblemDto {
  @EnumField(['error', 'warning'])
  severity!: string;

  @TextField({ example: 'rules.yaml' })
  file!: string;

  @IntField({ minimum: 1 })
  line!: number;

  @IntField({ minimum: 1 })
  column!: number;

  @TextField({ description: 'where inside the rules', example: 'stages[2].transitions[0].to' })
  path!: string;

  @TextField()
  message!: string;
}

/** One published version, without its content. */
export class RuleSetVersionSummaryDto {
  @IntField({ minimum: 1 })
  version!: number;

  @TextField({ description: 'SHA-256 of the rules as they run' })
  checksum!: string;

  @DateTimeField()
  publishedAt!: string;

  @TextField({ description: 'who published it (name and user id), or `system`' })
  publishedBy!: string;

  @TextField({ nullable: true })
  note!: string | null;
}

/** A published rule set, as its latest version says (its versions: GET /rules/{id}/versions). */
export class RuleSetSummaryDto {
  @TextField({ example: 'b2b' })
  id!: string;

  @EnumField(KINDS)
  kind!: string;

  @TextField({ example: 'B2B sales', description: 'as the latest version names it' })
  name!: string;

  @IntField({ minimum: 1 })
  latestVersion!: number;

  @DateTimeField({ description: 'when the latest version was published' })
  publishedAt!: string;
}

/** One published version of a rule set: what runs, and the files it came from. */
export class RuleSetVersionDto extends RuleSetVersionSummaryDto {
  @TextField({ example: 'b2b' })
  id!: string;

  @EnumField(KINDS)
  kind!: string;

  @TextField({ example: 'B2B sales' })
  name!: string;

  @ObjectField({ description: 'the rules as they run (the checked rules file)' })
  content!: object;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'the files by path: rules.yaml and templates/<name>.hbs',
  })
  source!: Record<string, string>;
}

export class RuleChangeDto {
  @EnumField(['added', 'removed', 'changed'])
  change!: string;

  @TextField({ description: 'a stage id, `settings` or `template <name>`' })
  where!: string;

  @TextField()
  text!: string;
}

/** What changed between two published versions. */
export class RuleSetDiffDto {
  @TextField()
  id!: string;

  @IntField({ minimum: 1 })
  from!: number;

  @IntField({ minimum: 1 })
  to!: number;

  @NestedField([RuleChangeDto])
  changes!: RuleChangeDto[];

  @TextField({ description: 'the changes as text' })
  text!: string;
}

/** Valid rules: as they would run, with their warnings. */
export class RulesValidationDto {
  @BoolField({ description: 'always true: invalid rules answer 422' })
  valid!: boolean;

  @ObjectField({ description: 'the rules as they would run' })
  rules!: object;

  @NestedField([RuleProblemDto])
  warnings!: RuleProblemDto[];
}

/** The outcome of a publish. */
export class RulesPublicationDto {
  @EnumField(['published', 'unchanged'])
  status!: string;

  @TextField()
  ruleSetId!: string;

  @IntField({ minimum: 1 })
  version!: number;

  @TextField()
  checksum!: string;

  @NestedField([RuleProblemDto])
  warnings!: RuleProblemDto[];
}

export class TimelineEntryDto {
  @IntField({ minimum: 0, description: 'ms since the record was created' })
  at!: number;

  @TextField({ example: 'stage' })
  kind!: string;

  @TextField()
  text!: string;
}

/** The outcome of a dry run. */
export class SimulationDto {
  @TextField({ description: 'the stage the record ends in' })
  stage!: string;

  @ObjectField({
    nullable: true,
    description: 'when the record closed: `{ kind, at }` (won or lost; ms since created)',
  })
  closed!: object | null;

  @NestedField([TimelineEntryDto])
  entries!: TimelineEntryDto[];

  @TextField({ description: 'the timeline as text, one entry a line' })
  timeline!: string;

  @TextField({ optional: true, description: 'with `against`: where the two timelines differ' })
  diff?: string;
}
