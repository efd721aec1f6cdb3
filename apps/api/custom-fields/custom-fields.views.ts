import { ApiProperty } from '@nestjs/swagger';
import {
  CUSTOM_FIELD_TYPES,
  CUSTOM_RECORD_TYPES,
} from '../../../libs/crm/custom-fields/custom-field-types';
import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  TextField,
  UuidField,
} from '../openapi/fields';

/** A custom field's definition as the API answers it (customFieldView in libs/crm/custom-fields). */
export class CustomFieldDto {
  @UuidField()
  id!: string;

  @EnumField(CUSTOM_RECORD_TYPES, { name: 'CustomRecordType', description: 'the records it is on' })
  recordType!: string;

  @TextField({
    example: 'segment',
    description:
      'the key of its values in a record’s `custom`, and its name in the rules (`deal.custom.segment`)',
  })
  code!: string;

  @TextField({ example: 'Segment' })
  label!: string;

  @EnumField(CUSTOM_FIELD_TYPES, { name: 'CustomFieldType' })
  type!: string;

  @BoolField({ description: 'whether every record of its type must have a value' })
  required!: boolean;

  @ApiProperty({
    type: 'array',
    items: { type: 'string' },
    example: ['smb', 'enterprise'],
    description: 'the values a list field may take, in form order; empty for other types',
  })
  options!: string[];

  @IntField({ description: 'its place among the record type’s fields in forms (ascending)' })
  position!: number;

  @BoolField({ description: 'inactive: neither asked for nor accepted; values records hold stay' })
  active!: boolean;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField()
  updatedAt!: string;

  @IntField({ minimum: 1, description: 'the definition’s version, also its ETag' })
  version!: number;
}
