import { DateTimeField, IntField, UuidField } from './fields';

/** What every CRM record answers with: its id, timestamps and version (its ETag). */
export abstract class RecordDto {
  @UuidField()
  id!: string;

  @DateTimeField({ nullable: true, description: 'set when archived (DELETE)' })
  archivedAt!: string | null;

  @DateTimeField()
  createdAt!: string;

  @DateTimeField()
  updatedAt!: string;

  @IntField({ minimum: 1, description: 'the record’s version, also its ETag' })
  version!: number;
}

/** A record with a responsible user. */
export abstract class OwnedRecordDto extends RecordDto {
  @UuidField({ description: 'the responsible user' })
  responsibleId!: string;
}
