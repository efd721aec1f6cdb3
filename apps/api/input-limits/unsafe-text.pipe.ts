import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidFieldsError } from '../../../libs/errors';
import { findUnsafeText } from './unsafe-text';

/**
 * Refuses text that PostgreSQL cannot store or that is not Unicode (the NUL character, a lone
 * surrogate) in a body, a query or a path parameter: 400 naming each field, before the value
 * reaches validation, a service or the database. Runs first among the global pipes.
 */
@Injectable()
export class UnsafeTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' && metadata.type !== 'query' && metadata.type !== 'param')
      return value;
    // A whole body or query object is named by its own fields; a single parameter by its name.
    const problems = findUnsafeText(value, metadata.data ?? '');
    if (problems.length > 0) throw new InvalidFieldsError(problems, { malformed: true });
    return value;
  }
}
