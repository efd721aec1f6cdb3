import {
  type ArgumentMetadata,
  ParseIntPipe as NestParseIntPipe,
  ParseUUIDPipe as NestParseUUIDPipe,
} from '@nestjs/common';
import { invalidField } from '../../../libs/errors';

/** The name of a path or query parameter, as the problem names the field. */
const fieldOf = (metadata: ArgumentMetadata) => metadata.data ?? metadata.type;

/**
 * Nest's ParseUUIDPipe, refusing as the rest of the API does: 400 `invalid-fields` naming the
 * parameter (`id: must be a UUID`), where Nest's own answered a bare 400 about no field.
 */
export class ParseUUIDPipe extends NestParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    try {
      return await super.transform(value, metadata);
    } catch {
      throw invalidField(fieldOf(metadata), 'must be a UUID', { malformed: true });
    }
  }
}

/** Nest's ParseIntPipe, refusing with 400 `invalid-fields` naming the parameter. */
export class ParseIntPipe extends NestParseIntPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<number> {
    try {
      return await super.transform(value, metadata);
    } catch {
      throw invalidField(fieldOf(metadata), 'must be a whole number', { malformed: true });
    }
  }
}
