import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ListQueryDto } from '../../../libs/crm/lists/list-query.dto';
import { DEAL_OUTCOMES } from '../../../libs/crm/deals/deal.entity';
import { IsAmount, IsCurrency } from '../../../libs/crm/money/money.validators';

export class CreateDealDto {
  @ApiProperty({ example: 'ACME rollout' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({
    example: 'b2b',
    description: 'a published pipeline; the deal starts in its first stage',
  })
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, {
    message: 'pipelineId must be the id of a pipeline, like b2b',
  })
  pipelineId!: string;

  @ApiPropertyOptional({ example: '25000.00' })
  @IsOptional()
  @IsAmount(2)
  amount?: string;

  @ApiPropertyOptional({ example: 'USD', description: "default: the pipeline's currency" })
  @IsOptional()
  @IsCurrency()
  currency?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expectedCloseDate must be a date like 2026-12-31' })
  expectedCloseDate?: string | null;

  @ApiPropertyOptional({ example: 'web' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @ApiPropertyOptional({ description: 'custom fields', example: { segment: 'enterprise' } })
  @IsOptional()
  @IsObject()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'the responsible user (default: you)' })
  @IsOptional()
  @IsUUID()
  responsibleId?: string;
}

export class UpdateDealDto extends PartialType(OmitType(CreateDealDto, ['pipelineId'] as const)) {
  /** Refused with a pointer to the move endpoint: a stage changes only through a move. */
  @ApiPropertyOptional({
    type: String,
    deprecated: true,
    description: 'not settable: use POST /api/v1/deals/:id/move',
  })
  @ValidateIf((o: UpdateDealDto) => o.stage !== undefined)
  @IsIn([], {
    message:
      'stage changes only through POST /api/v1/deals/:id/move, which checks the pipeline rules',
  })
  stage?: never;

  @ApiPropertyOptional({
    type: String,
    deprecated: true,
    description: 'not settable: a deal keeps its pipeline',
  })
  @ValidateIf((o: UpdateDealDto) => o.pipelineId !== undefined)
  @IsIn([], { message: 'pipelineId: a deal stays in its pipeline' })
  pipelineId?: never;
}

export class MoveDealDto {
  @ApiProperty({ example: 'negotiation', description: 'the stage to move to' })
  @Matches(/^[a-z][a-z0-9_-]{0,62}$/, { message: 'to must be a stage id' })
  to!: string;

  @ApiPropertyOptional({ description: 'a head or admin closing an unpaid deal as won' })
  @IsOptional()
  @IsBoolean()
  override?: boolean;
}

export class MigrateRulesDto {
  @ApiProperty({ example: 2, description: 'a published version of the deal’s pipeline rules' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ListDealsQueryDto extends ListQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ example: 'b2b' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  pipelineId?: string;

  @ApiPropertyOptional({ example: 'negotiation' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  stage?: string;

  @ApiPropertyOptional({ enum: DEAL_OUTCOMES })
  @IsOptional()
  @IsIn(DEAL_OUTCOMES)
  outcome?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({ description: 'search in the title' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'list archived deals instead' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  archived?: boolean;
}
