import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** POST /api/v1/contacts/{id}/merge (and companies): the record that stays. */
export class MergeRecordDto {
  @ApiProperty({
    format: 'uuid',
    description: 'the survivor: the record of the same kind that takes everything of this one',
  })
  @IsUUID()
  into!: string;
}
