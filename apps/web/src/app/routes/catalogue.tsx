export { LeadSourcesScreen as LeadSourcesRoute } from '@/features/catalogue/components/lead-sources-screen';
export { ProductsScreen as ProductsRoute } from '@/features/catalogue/components/products-screen';
export { QuoteTemplatesScreen as QuoteTemplatesRoute } from '@/features/catalogue/components/quote-templates-screen';
