import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CreateSmokeRunDto {
  @ApiProperty({ example: 'hello from the API', minLength: 1, maxLength: 500 })
  @IsString()
  @Length(1, 500)
  message!: string;
}

export class SmokeRunDto {
  @ApiProperty({ description: 'id of the row the effect wrote' }) id!: string;
  @ApiProperty({ example: 'smoke-3f0c…' }) workflowId!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ description: 'the effect attempt that wrote the row' }) attempt!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ required: false, description: 'the workflow in the Temporal Web UI' })
  temporalUiUrl?: string;
}
