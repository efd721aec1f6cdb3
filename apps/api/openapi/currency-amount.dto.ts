import { CurrencyField, DecimalField } from './fields';

/** A sum of amounts in one currency (currencies are never added together). */
export class CurrencyAmountDto {
  @CurrencyField()
  currency!: string;

  @DecimalField({ description: 'in `currency`, at its minor units' })
  amount!: string;
}
