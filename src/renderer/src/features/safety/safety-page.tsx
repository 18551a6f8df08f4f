import { safetyContent } from '../../../../shared/content/safety'
import { PageHeader } from '../../components/page-header'
import './safety.css'

const { disclaimer, seeProfessional, urgentHelp, stopIfItHurts, wellnessStatement } = safetyContent

export default function SafetyPage() {
  return (
    <>
      <PageHeader title="Safety">What Upright is and is not, and when to get help from a professional.</PageHeader>

      <section className="card safety-section" aria-labelledby="safety-disclaimer">
        <h2 id="safety-disclaimer">{disclaimer.title}</h2>
        {disclaimer.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <p className="safety-stop">
        <span className="safety-stop-mark" aria-hidden="true" />
        {stopIfItHurts}
      </p>

      <section className="safety-section safety-urgent" aria-labelledby="safety-urgent">
        <h2 id="safety-urgent">{urgentHelp.title}</h2>
        <p>{urgentHelp.intro}</p>
        <ul>
          {urgentHelp.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
        <p className="safety-urgent-action">{urgentHelp.action}</p>
      </section>

      <section className="card safety-section" aria-labelledby="safety-professional">
        <h2 id="safety-professional">{seeProfessional.title}</h2>
        <p>{seeProfessional.intro}</p>
        <ul>
          {seeProfessional.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ul>
      </section>

      <footer className="safety-footer">
        <p>{wellnessStatement}</p>
      </footer>
    </>
  )
}
