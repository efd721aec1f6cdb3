import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, EnumField, TextField } from '../openapi/fields';

/** GET /health: the process answers. */
export class LivenessDto {
  @EnumField(['ok'])
  status!: 'ok';
}

/** One dependency's check in /ready. */
export class DependencyCheckDto {
  @EnumField(['up', 'down'])
  status!: 'up' | 'down';

  @TextField({ optional: true, description: 'down: why (the check’s error)' })
  error?: string;

  @DateTimeField({ optional: true, description: 'Temporal down: since when it is known to be' })
  since?: string;
}

export class DependencyChecksDto {
  @ApiProperty({ type: DependencyCheckDto })
  database!: DependencyCheckDto;

  @ApiProperty({ type: DependencyCheckDto })
  temporal!: DependencyCheckDto;
}

/** GET /ready: each dependency's check; 503 with the same body when one is down. */
export class ReadinessDto {
  @EnumField(['ready', 'unavailable'])
  status!: 'ready' | 'unavailable';

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: ['database', 'temporal'] },
    required: false,
    description: 'unavailable: the dependencies that are down',
  })
  down?: string[];

  @ApiProperty({ type: DependencyChecksDto })
  checks!: DependencyChecksDto;
}
