import { ValidationError } from 'class-validator';
import { flattenValidationErrors } from './problem-details.filter';

function error(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
) {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('flattenValidationErrors', () => {
  it('lists each broken rule of each field, nested fields by their path', () => {
    const fields = flattenValidationErrors([
      error('message', { isLength: 'message must be longer than or equal to 1 characters' }),
      error('rows', undefined, [
        error('0', undefined, [
          error('quantity', { isPositive: 'quantity must be a positive number' }),
        ]),
      ]),
    ]);
    expect(fields).toEqual([
      { field: 'message', problem: 'message must be longer than or equal to 1 characters' },
      { field: 'rows.0.quantity', problem: 'quantity must be a positive number' },
    ]);
  });
});
