import { CustomValuesAnswer } from '../custom-fields/custom-values.schema';
import { LEAD_OUTCOMES } from '../../../libs/crm/leads/lead.entity';
import { DealDto } from '../deals/deals.views';
import {
  BoolField,
  DateTimeField,
  EmailField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { OwnedRecordDto } from '../openapi/record.dto';

/** A lead as the API answers it (leadView in libs/crm/leads). */
export class LeadDto extends OwnedRecordDto {
  @TextField({ example: 'Website enquiry: 20 seats' })
  title!: string;

  @TextField({ nullable: true, description: 'the person', example: 'Anna Petrova' })
  name!: string | null;

  @EmailField({ nullable: true })
  email!: string | null;

  @TextField({ nullable: true })
  phone!: string | null;

  @TextField({ nullable: true, example: 'ACME Corp' })
  companyName!: string | null;

  @TextField({ nullable: true, example: 'web' })
  source!: string | null;

  @TextField({ description: 'the rule set (`leads`)', example: 'leads' })
  ruleSetId!: string;

  @IntField({ minimum: 1, description: 'the version of the lead rules the lead runs' })
  rulesVersion!: number;

  @TextField({ example: 'new', description: 'the status (moves change it)' })
  status!: string;

  @EnumField(LEAD_OUTCOMES, { description: 'open until converted or junk' })
  outcome!: string;

  @CustomValuesAnswer()
  custom!: Record<string, unknown>;

  @DateTimeField({ nullable: true })
  convertedAt!: string | null;

  @UuidField({ nullable: true, description: 'the deal it became' })
  convertedDealId!: string | null;

  @UuidField({ nullable: true, description: 'the contact it became or was linked to' })
  convertedContactId!: string | null;

  @UuidField({ nullable: true, description: 'the company it became or was linked to' })
  convertedCompanyId!: string | null;
}

/** A record a conversion made or linked. */
export class ConvertedRecordDto {
  @UuidField()
  id!: string;

  @BoolField({ description: 'true when the conversion created it, false when it linked one' })
  created!: boolean;
}

/** What converting a lead answers: the lead and what it became. */
export class LeadConversionDto {
  @NestedField(LeadDto, { description: 'the lead, converted' })
  lead!: LeadDto;

  @NestedField(ConvertedRecordDto, { nullable: true, description: 'null when none was asked' })
  contact!: ConvertedRecordDto | null;

  @NestedField(ConvertedRecordDto, { nullable: true, description: 'null when none was asked' })
  company!: ConvertedRecordDto | null;

  @NestedField(DealDto, { nullable: true, description: 'null when no deal was asked' })
  deal!: DealDto | null;
}
