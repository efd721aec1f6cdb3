import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  NestedField,
  TextField,
  UuidField,
} from '../openapi/fields';
import { WEB_FORM_FIELDS } from '../../../libs/crm/web-forms/web-form.entity';

export class WebFormFieldDto {
  @EnumField(WEB_FORM_FIELDS, { name: 'WebFormFieldName' })
  field!: string;

  @TextField({ example: 'Your email' })
  label!: string;

  @BoolField()
  required!: boolean;
}

/** A web form as the API answers it (webFormView in libs/crm/web-forms). */
export class WebFormDto {
  @UuidField()
  id!: string;

  @TextField({ description: 'its page is /f/<slug>' })
  slug!: string;

  @TextField({ example: 'Website: request a demo' })
  name!: string;

  @NestedField([WebFormFieldDto])
  fields!: WebFormFieldDto[];

  @TextField({ nullable: true, example: 'web', description: 'the lead source its leads name' })
  source!: string | null;

  @UuidField({ nullable: true })
  responsibleId!: string | null;

  @UuidField({ nullable: true })
  teamId!: string | null;

  @TextField()
  thankYouText!: string;

  @BoolField({ description: 'false: its page answers 404' })
  active!: boolean;

  @TextField({ description: 'its public page', example: 'https://crm.example.com/f/Xk3…' })
  url!: string;

  @TextField({ description: 'an iframe tag that shows the page in another site' })
  embedSnippet!: string;

  @UuidField()
  createdById!: string;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField()
  updatedAt!: string;

  @IntField({ minimum: 1, description: 'the record’s version, also its ETag' })
  version!: number;
}
