import { PageHeader } from '../../components/page-header'

export default function ChecklistPage() {
  return <PageHeader title="Workstation checklist">Sixteen checks of your desk, chair, screen and habits, each with why it matters and how to fix it.</PageHeader>
}
