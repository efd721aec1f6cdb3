import { IsOmittable } from '../../../libs/crm/validation/omittable';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { type RuleSetKind } from '../../../libs/rules/language/rule-set';

const RULE_SET_KINDS: readonly RuleSetKind[] = ['pipeline', 'lead'];

const FILES_EXAMPLE = {
  'rules.yaml': 'kind: pipeline\nid: b2b\nname: B2B sales\nversion: 2\nstages: [...]\n',
  'templates/quote.hbs': '---\nsubject: Your quote {{quote.number}}\n---\n<p>...</p>\n',
};

export class RuleFilesDto {
  @ApiProperty({
    description: 'The files of the rule set by path: rules.yaml and templates/<name>.hbs',
    example: FILES_EXAMPLE,
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsObject()
  files!: Record<string, string>;
}

export class PublishRulesDto extends RuleFilesDto {
  @ApiPropertyOptional({
    description: 'Why this version exists',
    example: 'shorter quote validity',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class SimulateRulesDto extends RuleFilesDto {
  @ApiProperty({
    description: 'The scenario, in YAML (see docs/rules.md#dry-run)',
    example:
      'name: Happy path\nrecord: { deal: { title: ACME, amount: "25000.00" } }\nevents:\n  - { at: 2h, activity_completed: { type: call, outcome: interested } }\n',
  })
  @IsString()
  @MaxLength(256 * 1024)
  scenario!: string;

  @ApiPropertyOptional({
    description: 'Other rules to run the same scenario against, to compare timelines',
    type: RuleFilesDto,
  })
  @IsOmittable()
  @ValidateNested()
  @Type(() => RuleFilesDto)
  against?: RuleFilesDto;
}

export class ListRuleSetsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: RULE_SET_KINDS, description: 'only rule sets of this kind' })
  @IsOmittable()
  @IsIn(RULE_SET_KINDS)
  kind?: RuleSetKind;
}
