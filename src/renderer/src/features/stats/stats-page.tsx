import { PageHeader } from '../../components/page-header'

export default function StatsPage() {
  return <PageHeader title="Statistics">Breaks taken, skipped and postponed, posture cues and active time over the last 7 and 30 days.</PageHeader>
}
