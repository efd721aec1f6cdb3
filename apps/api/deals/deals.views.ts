import { CustomValuesAnswer } from '../custom-fields/custom-values.schema';
import { DEAL_OUTCOMES } from '../../../libs/crm/deals/deal.entity';
import { ACTIVITY_TYPES, type StageKind } from '../../../libs/rules/language/rule-set';
import {
  BoolField,
  CurrencyField,
  DateField,
  DateTimeField,
  DecimalField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { CurrencyAmountDto } from '../openapi/currency-amount.dto';
import { OwnedRecordDto } from '../openapi/record.dto';
import { DocumentRowDto, DocumentTotalsDto } from '../documents/documents.views';
import { PageOf } from '../openapi/page';

const STAGE_KINDS = [
  'open',
  'won',
  'lost',
  'converted',
  'junk',
] as const satisfies readonly StageKind[];

/** A deal as the API answers it (dealView in libs/crm/deals). */
export class DealDto extends OwnedRecordDto {
  @TextField({ example: 'ACME rollout' })
  title!: string;

  @TextField({ example: 'b2b', description: 'the pipeline' })
  pipelineId!: string;

  @IntField({ minimum: 1, description: 'the version of the pipeline’s rules the deal runs' })
  rulesVersion!: number;

  @TextField({ example: 'negotiation', description: 'the stage (moves change it)' })
  stage!: string;

  @EnumField(DEAL_OUTCOMES, { description: 'open until a won or lost stage closes it' })
  outcome!: string;

  @DecimalField({
    description:
      'in `currency`, at its minor units (USD 2 decimals): the total of its product rows unless `amountManual`',
  })
  amount!: string;

  @BoolField({
    description:
      'the amount was set by hand and stays; false: it follows the total of the deal’s product rows',
  })
  amountManual!: boolean;

  @CurrencyField()
  currency!: string;

  @IntField({ nullable: true, minimum: 0, description: 'per cent, 0 to 100' })
  probability!: number | null;

  @DateField({ nullable: true })
  expectedCloseDate!: string | null;

  @TextField({ nullable: true, example: 'web' })
  source!: string | null;

  @UuidField({ nullable: true })
  contactId!: string | null;

  @UuidField({ nullable: true })
  companyId!: string | null;

  @UuidField({ nullable: true, description: 'the lead it was converted from' })
  sourceLeadId!: string | null;

  @CustomValuesAnswer()
  custom!: Record<string, unknown>;

  @DateTimeField({ nullable: true, description: 'when a won or lost stage closed it' })
  closedAt!: string | null;

  @TextField({
    nullable: true,
    example: 'price',
    description:
      'why it was lost: the code of a loss reason of its rules (given by the person or the rule that moved it to a lost stage); null while open, when won, or when none was given',
  })
  lossReason!: string | null;

  @TextField({
    nullable: true,
    description: 'the note of the person who moved it to a lost stage',
  })
  lossNote!: string | null;

  @DecimalField({ nullable: true, description: 'the amount won, once won' })
  wonAmount!: string | null;
}

/** A deal's product rows and their totals (dealProductsView in libs/crm/deal-products). */
export class DealProductsDto {
  @UuidField()
  dealId!: string;

  @CurrencyField()
  currency!: string;

  @DecimalField({ description: 'the deal’s amount (the rows’ total unless `amountManual`)' })
  amount!: string;

  @BoolField({ description: 'the amount was set by hand and does not follow the rows' })
  amountManual!: boolean;

  @NestedField([DocumentRowDto], { description: 'in their order' })
  rows!: DocumentRowDto[];

  @NestedField(DocumentTotalsDto, { description: 'the sums of the rows; `total` includes tax' })
  totals!: DocumentTotalsDto;

  @IntField({ minimum: 1, description: 'the deal’s version (its ETag): If-Match of a replace' })
  version!: number;
}

/** The next planned activity of a deal, as its card shows it. */
export class NextActivityDto {
  @UuidField()
  id!: string;

  @EnumField(ACTIVITY_TYPES)
  type!: string;

  @TextField({ example: 'Qualify ACME rollout' })
  subject!: string;

  @DateTimeField()
  dueAt!: string;

  @BoolField({ description: 'past its due time' })
  overdue!: boolean;
}

/** A deal as the board's cards and the list view show it (dealCardView in libs/crm/board). */
export class DealCardDto extends DealDto {
  @TextField({ nullable: true, example: 'Globex', description: 'the company’s name' })
  companyName!: string | null;

  @TextField({ example: 'Ann Petrova', description: 'the responsible user’s name' })
  responsibleName!: string;

  @NestedField(NextActivityDto, {
    nullable: true,
    description: 'the earliest planned activity of the deal; null when nothing is planned',
  })
  nextActivity!: NextActivityDto | null;

  @BoolField({ description: 'the next activity is past its due time' })
  overdue!: boolean;
}

/** One stage's deals under the filters: how many, and their amounts per currency. */
export class StageTotalDto {
  @TextField({ example: 'negotiation' })
  stage!: string;

  @IntField({ minimum: 1 })
  count!: number;

  @NestedField([CurrencyAmountDto], { description: 'one entry per currency, by currency' })
  amounts!: CurrencyAmountDto[];
}

/** The board's column heads. */
export class DealTotalsDto {
  @NestedField([StageTotalDto], { description: 'the stages that have deals, by stage id' })
  stages!: StageTotalDto[];
}

/** A stage of the pipeline's rules, as a board column heads with it. */
export class BoardStageDto {
  @TextField({ example: 'negotiation', description: 'the stage’s id in the rules' })
  id!: string;

  @TextField({ example: 'Negotiation' })
  name!: string;

  @IntField({ minimum: 0, description: 'the stage’s place in the pipeline' })
  order!: number;

  @EnumField(STAGE_KINDS)
  kind!: string;

  @BoolField({ description: 'a person may move a deal back from this stage' })
  allowBack!: boolean;
}

/** A column of the board: its stage, count and amounts, and its first page of cards. */
export class BoardColumnDto {
  @NestedField(BoardStageDto)
  stage!: BoardStageDto;

  @IntField({ minimum: 0, description: 'the deals in the stage under the filters' })
  count!: number;

  @NestedField([CurrencyAmountDto], { description: 'their amounts, one entry per currency' })
  amounts!: CurrencyAmountDto[];

  @NestedField(PageOf(DealCardDto), {
    description: 'the first page of cards, newest first: `nextCursor` reads on with /deals/cards',
  })
  cards!: unknown;
}

/** A pipeline's board at once: a column per stage of its latest rules, in order. */
export class DealBoardDto {
  @TextField({ example: 'b2b' })
  pipelineId!: string;

  @IntField({
    minimum: 1,
    description: 'the published version of the rules whose stages these are',
  })
  rulesVersion!: number;

  @NestedField([BoardColumnDto], { description: 'one per stage, in the pipeline’s order' })
  columns!: BoardColumnDto[];
}
