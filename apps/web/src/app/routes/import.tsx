export { ImportScreen as ImportRoute } from '@/features/imports/components/import-screen';
