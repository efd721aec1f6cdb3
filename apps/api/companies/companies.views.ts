import { CustomValuesAnswer } from '../custom-fields/custom-values.schema';
import { EmailField, TextField } from '../openapi/fields';
import { OwnedRecordDto } from '../openapi/record.dto';

/** A company as the API answers it (companyView in libs/crm/companies). */
export class CompanyDto extends OwnedRecordDto {
  @TextField({ example: 'ACME Corp' })
  name!: string;

  @TextField({ nullable: true })
  industry!: string | null;

  @TextField({ nullable: true, description: 'ISO 3166-1 alpha-2', example: 'DE' })
  country!: string | null;

  @EmailField({ nullable: true })
  email!: string | null;

  @TextField({ nullable: true })
  phone!: string | null;

  @TextField({ nullable: true, example: 'https://acme.test' })
  website!: string | null;

  @TextField({ nullable: true })
  address!: string | null;

  @CustomValuesAnswer()
  custom!: Record<string, unknown>;
}
