import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { type ImportKind } from '../../../libs/crm/imports/import-fields';
import { type RowValidator } from '../../../libs/crm/imports/import-row-checker';
import { CreateCompanyDto } from '../companies/companies.dto';
import { CreateContactDto } from '../contacts/contacts.dto';
import { CreateLeadDto } from '../leads/leads.dto';
import { flattenValidationErrors } from '../problem-details/problem-details.filter';

const DTOS: Record<ImportKind, new () => object> = {
  lead: CreateLeadDto,
  contact: CreateContactDto,
  company: CreateCompanyDto,
};

/**
 * A row checked as its create route checks a body: the same DTO, the same options as the API's
 * validation pipe, the same wording of each problem.
 */
export const validateRow: RowValidator = (kind, input) =>
  flattenValidationErrors(
    validateSync(plainToInstance(DTOS[kind], input), {
      whitelist: true,
      forbidNonWhitelisted: true,
    }),
  );
