export { WebFormsScreen as WebFormsRoute } from '@/features/web-forms/components/web-forms-screen';
