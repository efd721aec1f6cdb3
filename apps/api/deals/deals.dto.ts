import { CustomFilterQuery, CustomValuesInput } from '../custom-fields/custom-values.schema';
import { IsOmittable, OMITTABLE } from '../../../libs/crm/validation/omittable';
import {
  ApiHideProperty,
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
} from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsDateTime } from '../../../libs/crm/lists/date-time';
import { IsQueryBoolean } from '../../../libs/crm/lists/query-boolean';
import { ReachedQueryDto } from '../../../libs/crm/lists/reached-query.dto';
import { ListQueryDto, QueryInteger } from '../../../libs/crm/lists/list-query.dto';
import { MAX_LIMIT } from '../../../libs/crm/lists/pagination';
import { BOARD_COLUMN_PAGE } from '../../../libs/crm/board/deal-board.service';
import { DEAL_OUTCOMES } from '../../../libs/crm/deals/deal.entity';
import { CURRENCY, MAX_MINOR_UNITS } from '../../../libs/crm/money/money';
import { amountPattern, IsAmount, IsCurrency } from '../../../libs/crm/money/money.validators';
import { Type } from 'class-transformer';
import { DocumentRowInputDto } from '../documents/documents.dto';

/** The longest loss note: a few sentences, kept in the deal's workflow history too. */
const MAX_LOSS_NOTE = 2000;

/** A pipeline's or a stage's id in the rules. */
const RULES_ID = /^[a-z][a-z0-9_-]{0,62}$/;

export class CreateDealDto {
  @ApiProperty({ example: 'ACME rollout', minLength: 1, maxLength: 300 })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiProperty({
    example: 'b2b',
    description: 'a published pipeline; the deal starts in its first stage',
    pattern: RULES_ID.source,
  })
  @Matches(RULES_ID, { message: 'pipelineId must be the id of a pipeline, like b2b' })
  pipelineId!: string;

  @ApiPropertyOptional({
    example: '25000.00',
    pattern: amountPattern(MAX_MINOR_UNITS),
    description:
      'at most the currency’s decimals (USD 2, JPY 0, KWD 3): more answers 422. Set by hand: the amount no longer follows the deal’s product rows (`amountManual` becomes true)',
  })
  @IsOmittable()
  @IsAmount(MAX_MINOR_UNITS)
  amount?: string;

  @ApiPropertyOptional({
    example: 'USD',
    pattern: CURRENCY.source,
    description: "default: the pipeline's currency",
  })
  @IsOmittable()
  @IsCurrency()
  currency?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  expectedCloseDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    example: 'web',
    maxLength: 100,
    nullable: true,
    description: 'the code of an active lead source (GET /api/v1/lead-sources); else 400',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  source?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string | null;

  @CustomValuesInput()
  custom?: Record<string, unknown>;

  @ApiPropertyOptional({ format: 'uuid', description: 'the responsible user (default: you)' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;
}

export class UpdateDealDto extends PartialType(
  OmitType(CreateDealDto, ['pipelineId'] as const),
  OMITTABLE,
) {
  /**
   * Refused with a pointer to the move endpoint: a stage changes only through a move. Not in the
   * document, whose body takes no other members.
   */
  @ApiHideProperty()
  @ValidateIf((o: UpdateDealDto) => o.stage !== undefined)
  @IsIn([], {
    message:
      'stage changes only through POST /api/v1/deals/:id/move, which checks the pipeline rules',
  })
  stage?: never;

  @ApiPropertyOptional({
    description:
      'false: the amount follows the total of the deal’s product rows again (recomputed at once; not with `amount`); true: the amount stays as it is',
  })
  @IsOmittable()
  @IsBoolean()
  amountManual?: boolean;

  @ApiHideProperty()
  @ValidateIf((o: UpdateDealDto) => o.pipelineId !== undefined)
  @IsIn([], { message: 'pipelineId: a deal stays in its pipeline' })
  pipelineId?: never;
}

/** The deal's product rows, replaced as a whole. */
export class ReplaceDealProductsDto {
  @ApiProperty({
    type: [DocumentRowInputDto],
    description:
      'the rows in their order, as a quote’s (a catalogue product as defaults, or a free row); an empty list removes them all',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DocumentRowInputDto)
  rows!: DocumentRowInputDto[];
}

export class MoveDealDto {
  @ApiProperty({
    example: 'negotiation',
    description: 'the stage to move to',
    pattern: RULES_ID.source,
  })
  @Matches(RULES_ID, { message: 'to must be a stage id' })
  to!: string;

  @ApiPropertyOptional({ description: 'a head or admin closing an unpaid deal as won' })
  @IsOmittable()
  @IsBoolean()
  override?: boolean;

  @ApiPropertyOptional({
    example: 'price',
    pattern: RULES_ID.source,
    description:
      'why the deal is lost: the code of one of the loss reasons of the rules version the deal runs (`lossReasons` in its content). Required with a move to a lost stage when the rules name loss reasons; refused with a move to any other stage.',
  })
  @IsOmittable()
  @Matches(RULES_ID, { message: 'lossReason must be the code of a loss reason, like price' })
  lossReason?: string;

  @ApiPropertyOptional({
    example: 'Went with the cheaper offer from Initech',
    maxLength: MAX_LOSS_NOTE,
    description: 'a note on why the deal is lost (only with a move to a lost stage)',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_LOSS_NOTE)
  lossNote?: string;
}

export class MigrateRulesDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    example: 2,
    description: 'a published version of the deal’s pipeline rules',
  })
  @IsInt()
  @Min(1)
  version!: number;
}

export class ListDealsQueryDto extends IntersectionType(ListQueryDto, ReachedQueryDto) {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  responsibleId?: string;

  @ApiPropertyOptional({ example: 'b2b', maxLength: 64 })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  pipelineId?: string;

  @ApiPropertyOptional({ example: 'negotiation', maxLength: 64 })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  stage?: string;

  @ApiPropertyOptional({ enum: DEAL_OUTCOMES })
  @IsOmittable()
  @IsIn(DEAL_OUTCOMES)
  outcome?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  contactId?: string;

  @ApiPropertyOptional({ example: 'web', maxLength: 100 })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({
    example: 'price',
    maxLength: 64,
    description: 'lost for this reason (the code of a loss reason of the pipeline’s rules)',
  })
  @IsOmittable()
  @IsString()
  @MaxLength(64)
  lossReason?: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'closed (won or lost) at or after (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  closedFrom?: Date;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'closed before (RFC 3339)',
  })
  @IsOmittable()
  @IsDateTime()
  closedTo?: Date;

  @ApiPropertyOptional({
    example: '1000.00',
    pattern: amountPattern(4),
    description: 'amount at least',
  })
  @IsOmittable()
  @IsAmount(4)
  amountMin?: string;

  @ApiPropertyOptional({
    example: '50000.00',
    pattern: amountPattern(4),
    description: 'amount below',
  })
  @IsOmittable()
  @IsAmount(4)
  amountMax?: string;

  @ApiPropertyOptional({ description: 'search in the title', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsQueryBoolean('list archived deals instead')
  archived?: boolean;

  @ApiPropertyOptional({
    example: '2026-01-01',
    format: 'date',
    description: 'expected to close on or after this day',
  })
  @IsOmittable()
  @IsCalendarDate()
  expectedCloseFrom?: string;

  @ApiPropertyOptional({
    example: '2026-02-01',
    format: 'date',
    description: 'expected to close before this day',
  })
  @IsOmittable()
  @IsCalendarDate()
  expectedCloseTo?: string;

  @IsQueryBoolean('false: only deals without an expected close date; true: only those with one')
  hasExpectedClose?: boolean;

  @CustomFilterQuery()
  custom?: string[];
}

/** The board's totals: the list's filters, without paging (a stage filter would leave one column). */
export class DealTotalsQueryDto extends OmitType(ListDealsQueryDto, [
  'limit',
  'cursor',
  'offset',
  'sort',
  'stage',
] as const) {}

/**
 * A pipeline's board: the list's filters without stage and paging, the pipeline required, and
 * how many cards each column answers first.
 */
export class DealBoardQueryDto extends OmitType(DealTotalsQueryDto, [
  'pipelineId',
  'format',
] as const) {
  @ApiProperty({ example: 'b2b', maxLength: 64, description: 'the pipeline whose board to read' })
  @IsString()
  @MaxLength(64)
  pipelineId!: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
    default: BOARD_COLUMN_PAGE,
    description: 'cards per column',
  })
  @IsOmittable()
  @QueryInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_LIMIT)
  limit: number = BOARD_COLUMN_PAGE;
}
