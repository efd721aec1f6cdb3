import { CustomValuesAnswer } from '../custom-fields/custom-values.schema';
import { ApiProperty } from '@nestjs/swagger';
import { EmailField, TextField } from '../openapi/fields';
import { OwnedRecordDto } from '../openapi/record.dto';

/** A contact as the API answers it (contactView in libs/crm/contacts). */
export class ContactDto extends OwnedRecordDto {
  @TextField({ example: 'Anna' })
  firstName!: string;

  @TextField({ nullable: true, example: 'Petrova' })
  lastName!: string | null;

  @TextField({ description: 'first and last name', example: 'Anna Petrova' })
  name!: string;

  @TextField({ nullable: true })
  position!: string | null;

  @EmailField({ nullable: true })
  email!: string | null;

  @TextField({ nullable: true })
  phone!: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', format: 'uuid' },
    description: 'the companies the contact belongs to',
  })
  companyIds!: string[];

  @CustomValuesAnswer()
  custom!: Record<string, unknown>;
}
