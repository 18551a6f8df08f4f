import { PageHeader } from '../../components/page-header'

export default function StretchesPage() {
  return <PageHeader title="Stretches">Desk-friendly stretches and exercises with steps, holds and illustrations, filterable by body area.</PageHeader>
}
