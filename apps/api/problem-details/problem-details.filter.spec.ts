import { ValidationError } from 'class-validator';
import { fieldsFromDetail, flattenValidationErrors } from './problem-details.filter';

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

describe('fieldsFromDetail', () => {
  it('reads the fields a handler named before the colon', () => {
    expect(fieldsFromDetail('currency: deals of "b2b" are in USD, not EUR')).toEqual([
      { field: 'currency', problem: 'deals of "b2b" are in USD, not EUR' },
    ]);
    expect(fieldsFromDetail('dealId, contactId: bind the activity to exactly one record')).toEqual([
      { field: 'dealId', problem: 'bind the activity to exactly one record' },
      { field: 'contactId', problem: 'bind the activity to exactly one record' },
    ]);
    expect(fieldsFromDetail('rows.0.quantity: must be positive')?.[0].field).toBe(
      'rows.0.quantity',
    );
  });

  it('finds none in a sentence', () => {
    expect(fieldsFromDetail('say what the lead becomes: a contact, a company and/or a deal')).toBe(
      null,
    );
    expect(fieldsFromDetail('no lead rules are published')).toBe(null);
  });
});
