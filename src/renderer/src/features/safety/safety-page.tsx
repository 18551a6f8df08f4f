import { PageHeader } from '../../components/page-header'

export default function SafetyPage() {
  return <PageHeader title="Safety">Upright is a wellness tool, not medical advice. When to see a professional, and when to get urgent help.</PageHeader>
}
