import type { SafetyContent } from './schema'

/**
 * Safety text (CONTENT-FACTS section D). Upright stays a general-wellness product: it talks
 * about comfort and healthy habits, never names a condition it could detect or treat, and
 * points people to a professional instead of interpreting symptoms. Where the seed articles
 * are stricter than the guidelines (seek help after 1–2 weeks rather than "a few weeks"), the
 * stricter advice is used.
 */
export const safetyContent: SafetyContent = {
  disclaimer: {
    title: 'Before you start',
    paragraphs: [
      'Upright is a wellness tool. It helps you set up your desk, sit comfortably and move more during the day.',
      'It is not medical advice and it does not diagnose or treat anything. The stretches are general suggestions, not a plan made for you.',
      'Move gently and stay within a comfortable range. If a stretch hurts, stop it and skip to the next one.',
      'If you have an injury, recent surgery, an ongoing health concern or pain that worries you, talking to a healthcare professional before trying new exercises may be helpful.'
    ],
    acknowledgeLabel: 'I understand'
  },
  seeProfessional: {
    title: 'When to see a professional',
    intro: 'Make an appointment with a doctor or physical therapist if you notice any of these:',
    items: [
      { id: 'lasting-pain', text: 'Pain that lasts more than 1–2 weeks, or keeps getting worse.' },
      { id: 'severe-or-night-pain', text: 'Severe pain, pain that rest doesn’t ease, or pain that is worse at night.' },
      { id: 'repeated-episodes', text: 'Pain that keeps coming back.' },
      { id: 'pain-below-knee', text: 'Pain that spreads down a leg, especially below the knee.' },
      { id: 'arm-symptoms', text: 'Pins and needles, numbness or a cold feeling running down an arm.' },
      { id: 'pain-during-exercises', text: 'Severe pain while doing the exercises.' },
      { id: 'other-changes', text: 'Weight loss you can’t explain, a lump or swelling on your back, or pain between the shoulder blades.' },
      { id: 'daily-life', text: 'Pain that stops you doing everyday things, or that you are struggling to cope with.' }
    ]
  },
  urgentHelp: {
    title: 'Get urgent help now',
    intro: 'If you have back or neck pain together with any of these, get medical help right away:',
    items: [
      {
        id: 'saddle-numbness',
        text: 'Numbness or tingling around your genitals or buttocks, or in both legs.'
      },
      { id: 'leg-weakness', text: 'Weakness in your legs.' },
      {
        id: 'bladder-bowel',
        text: 'Loss of control of your bladder or bowels, or difficulty peeing.'
      },
      { id: 'fever', text: 'A fever or high temperature along with back pain.' },
      { id: 'after-injury', text: 'Pain that started after a fall, a blow or an accident.' },
      { id: 'chest-pain', text: 'Chest pain.' }
    ],
    action: 'Call your local emergency number or go to an emergency room. Don’t wait for a break reminder or try stretches first.'
  },
  stopIfItHurts: 'Move gently, never bounce, and stop any move that hurts.',
  highDiscomfort: {
    title: 'Your discomfort has been high lately',
    paragraphs: [
      'Your check-ins have shown high discomfort for several days in a row.',
      'Upright can’t tell what is behind it, but a doctor or physical therapist can, and talking to one may be helpful.',
      'Until then, keep any stretches gentle, skip moves that hurt, and see the list of signs that need help sooner.'
    ],
    actionLabel: 'When to get help'
  },
  wellnessStatement:
    'Upright encourages healthy work habits: a comfortable setup, regular breaks and gentle movement. It is not a medical device and does not diagnose, treat or prevent any condition.'
}
