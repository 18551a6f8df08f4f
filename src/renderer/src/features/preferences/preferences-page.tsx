import { useTranslation } from 'react-i18next'
import { useCallback, useMemo, useState } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { PageHeader } from '../../components/page-header'
import { useSettings } from '../../lib/use-settings'
import { useLockedSettings } from '../../lib/use-locked-settings'
import { mergeSettingsPatches } from './merge-patch'
import { type PreferencesForm, PreferencesFormContext } from './preferences-form'
import { RestoreDefaults } from './restore-defaults'
import { SchedulePreviewCard } from './schedule-preview-card'
import { AwaySection, BreaksSection, PostureSection } from './sections/reminder-sections'
import { AppSection, BodySection, ChecklistSection } from './sections/personal-sections'
import { WorkingHoursSection } from './sections/working-hours-section'
import { PostureWatchSection } from './sections/posture-watch-section'
import { ScheduleSection } from './sections/schedule-section'
import { DailyLimitSection } from './sections/daily-limit-section'
import './preferences.css'
import { errorMessage } from '@shared/error-message'
import { messageText } from '@shared/i18n/message-text'
import { type Message, message } from '@shared/message'

/** The answer to "restore defaults", next to its button (worded when shown); every field answers for itself. */
interface SaveStatus {
  tone: 'neutral' | 'ok' | 'error'
  said: Message | null
}

const idle: SaveStatus = { tone: 'neutral', said: null }

export default function PreferencesPage() {
  const { t } = useTranslation()
  const { settings, error, update, reset } = useSettings()
  const locked = useLockedSettings()
  const [proposals, setProposals] = useState<Record<string, SettingsPatch>>({})
  const [status, setStatus] = useState<SaveStatus>(idle)
  // Bumped by "restore defaults" so every field starts over, half-typed drafts included.
  const [generation, setGeneration] = useState(0)

  const form = useMemo<PreferencesForm>(
    () => ({
      save: async (patch) => {
        setStatus(idle)
        try {
          const result = await update(patch)
          return result.ok ? null : result.refusal
        } catch (reason) {
          return errorMessage(reason)
        }
      },
      propose: (fieldId, patch) => {
        setProposals((current) => {
          if (patch === null) {
            if (!(fieldId in current)) return current
            const { [fieldId]: _dropped, ...rest } = current
            return rest
          }
          return { ...current, [fieldId]: patch }
        })
      },
      locked
    }),
    [update, locked]
  )

  const restore = useCallback(async () => {
    try {
      await reset()
      setProposals({})
      setGeneration((value) => value + 1)
      setStatus({ tone: 'ok', said: message('prefs.page.restored') })
    } catch (reason) {
      setStatus({ tone: 'error', said: message('prefs.page.restoreFailed', { reason: errorMessage(reason) }) })
    }
  }, [reset])

  const candidate = useMemo(() => mergeSettingsPatches(Object.values(proposals)), [proposals])

  if (error) return <p className="error">{t('prefs.page.loadFailed', { reason: error })}</p>
  if (!settings) return <p className="muted">{t('prefs.page.loading')}</p>

  return (
    <PreferencesFormContext value={form}>
      <PageHeader title={t('prefs.page.title')}>{t('prefs.page.intro')}</PageHeader>
      <SchedulePreviewCard settings={settings} candidate={candidate} />
      <div key={generation} className="preference-sections">
        <PostureSection settings={settings} />
        <PostureWatchSection settings={settings} />
        <BreaksSection settings={settings} />
        <ScheduleSection settings={settings} />
        <DailyLimitSection settings={settings} />
        <AwaySection settings={settings} />
        <WorkingHoursSection settings={settings} />
        <BodySection settings={settings} />
        <AppSection settings={settings} />
        <ChecklistSection settings={settings} />
      </div>
      <RestoreDefaults onRestore={restore} />
      <p className={`save-status save-status-${status.tone}`} role="status">
        {status.said ? messageText(t, status.said) : ''}
      </p>
    </PreferencesFormContext>
  )
}
