export { AdminScreen as AdminRoute } from '@/features/admin/components/admin-screen';
