export {
  CompaniesScreen as CompaniesRoute,
  ContactsScreen as ContactsRoute,
  DocumentsScreen as DocumentsRoute,
  LeadsScreen as LeadsRoute,
  PaymentsScreen as PaymentsRoute,
} from '@/features/records/components/record-screens';
