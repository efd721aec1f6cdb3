import { useParams } from 'react-router';
import { CompanyPage } from '@/features/customers/components/company-page';
import { ContactPage } from '@/features/customers/components/contact-page';

export function ContactRoute() {
  const { id } = useParams();
  return <ContactPage key={id} id={id!} />;
}

export function CompanyRoute() {
  const { id } = useParams();
  return <CompanyPage key={id} id={id!} />;
}
