import { BoolField, DateTimeField, IntField, TextField, UuidField } from '../openapi/fields';

/** A lead source of the catalogue as the API answers it (leadSourceView in libs/crm/lead-sources). */
export class LeadSourceDto {
  @UuidField()
  id!: string;

  @TextField({ example: 'web', description: 'what leads and deals store in `source`' })
  code!: string;

  @TextField({ example: 'Website form' })
  name!: string;

  @BoolField({ description: 'whether new records may name it' })
  active!: boolean;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField()
  updatedAt!: string;

  @IntField({ minimum: 1, description: 'the record’s version, also its ETag' })
  version!: number;
}
