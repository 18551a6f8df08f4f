import type { SafetyContent } from './schema'

/**
 * Safety text (CONTENT-FACTS section D and Addendum F). Red flags come in the three tiers of
 * DESIGN §5; where DESIGN, Addendum F and the seed put a sign in different tiers, the stricter
 * tier is used (e.g. pain worse on coughing is "same day", tingling down a limb is "same day",
 * pain after any accident or fall is "emergency"). Upright stays a general-wellness product: it talks
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
  redFlagTiers: [
    {
      id: 'emergency',
      title: 'Get emergency help now',
      intro: 'If you have back or neck pain together with any of these, get help straight away:',
      items: [
        {
          id: 'saddle-numbness',
          text: 'Numbness or tingling around your genitals, bottom or inner thighs.',
          sources: ['NHS-Back', 'G-Care']
        },
        {
          id: 'bladder-bowel',
          text: 'New difficulty peeing, or losing control of your bladder or bowels.',
          sources: ['NHS-Back', 'Mayo-Back', 'G-Care']
        },
        {
          id: 'both-legs-or-sudden-weakness',
          text: 'Pain, tingling, numbness or weakness in both legs, or an arm or leg that suddenly becomes weak.',
          sources: ['NHS-Back', 'Mayo-Neck2012', 'Seed-Uneven']
        },
        {
          id: 'spinal-cord-signs',
          text: 'Hands that become clumsy or weak, unsteady walking, or an electric-shock feeling down your spine or limbs.',
          sources: ['KCE', 'GPonline', 'Mayo-Neck2012', 'Sheffield-Neck']
        },
        {
          id: 'sudden-numbness-face-arm',
          text: 'Sudden loss of feeling or lasting pins and needles in your face, arm or hand, fainting, double vision, or trouble speaking or swallowing.',
          sources: ['Sheffield-Neck']
        },
        {
          id: 'chest-pain',
          text: 'Chest pain, or pain spreading to your arms, back, neck or jaw with tightness, breathlessness, sweating or feeling sick.',
          sources: ['NHS-Back', 'NHS-Chest']
        },
        {
          id: 'stiff-neck-fever',
          text: 'A stiff neck with a high temperature, a very bad headache or a rash.',
          sources: ['Mayo-Neck2012', 'GPonline']
        },
        {
          id: 'belly-pain',
          text: 'Pain or a throbbing feeling in your belly along with back pain.',
          sources: ['Mayo-Back2015']
        },
        {
          id: 'after-accident',
          text: 'Pain that started after an accident, a fall or a blow.',
          sources: ['NHS-Back', 'Mayo-Back', 'Mayo-Neck2012', 'Mayo-Neck']
        }
      ],
      action: 'Call your local emergency number or go to an emergency room. Don’t wait for a break reminder or try stretches first.'
    },
    {
      id: 'urgent',
      title: 'Get help the same day',
      intro: 'Contact a doctor today (or your local urgent advice line) if you have back or neck pain and any of these:',
      items: [
        {
          id: 'fever',
          text: 'A fever or high temperature.',
          sources: ['NHS-Back', 'Mayo-Back', 'G-Care']
        },
        {
          id: 'arm-or-leg-tingling',
          text: 'Pins and needles, numbness or tingling running down an arm or a leg, or an arm that feels cold.',
          sources: ['Seed-Uneven', 'Mayo-Back', 'NHS-Neck', 'Mayo-Neck']
        },
        {
          id: 'weight-loss',
          text: 'Weight loss you can’t explain.',
          sources: ['NHS-Back', 'Mayo-Back', 'G-Care']
        },
        {
          id: 'night-or-rest-pain',
          text: 'Pain that rest doesn’t ease, or that is worse at night.',
          sources: ['NHS-Back', 'Mayo-Back2015', 'G-Care', 'Seed-Uneven']
        },
        {
          id: 'cough-sneeze-toilet',
          text: 'Pain that gets worse when you cough, sneeze or go to the toilet.',
          sources: ['NHS-Back']
        },
        {
          id: 'between-shoulder-blades',
          text: 'Pain in your upper back, between the shoulder blades.',
          sources: ['NHS-Back']
        },
        {
          id: 'lump-or-shape',
          text: 'A lump, swelling or redness on your back, or a change in its shape.',
          sources: ['NHS-Back', 'Mayo-Back2015']
        },
        {
          id: 'cancer-history',
          text: 'New back or neck pain and you have had cancer.',
          sources: ['G-Care', 'Mayo-Back2015']
        },
        {
          id: 'immune-or-drugs',
          text: 'New back or neck pain and a weakened immune system (for example from medicines or HIV), or you inject drugs.',
          sources: ['G-Care', 'MPFT-Neck', 'Mayo-Back2015']
        },
        {
          id: 'steroids-osteoporosis',
          text: 'Back pain and you take steroid tablets long term or have osteoporosis, especially after a small fall or lift.',
          sources: ['G-Care', 'Mayo-Back2015']
        },
        {
          id: 'age',
          text: 'Back pain for the first time after 50 (or before 20), or new neck symptoms before 20 or after 55.',
          sources: ['G-Care', 'Mayo-Back2015', 'KCE', 'GPonline']
        }
      ],
      action: 'These are rarely serious, but get them checked today rather than waiting to see if they pass.'
    },
    {
      id: 'professional',
      title: 'See a doctor or physical therapist',
      intro: 'Make an appointment if you notice any of these:',
      items: [
        {
          id: 'lasting-pain',
          text: 'Pain that lasts more than 1–2 weeks, or keeps getting worse.',
          sources: ['Seed-Uneven', 'NHS-Back', 'NHSinform-Back', 'Mayo-Back']
        },
        {
          id: 'severe-or-daily-life',
          text: 'Severe pain, pain that painkillers don’t help, or pain that stops you doing everyday things or that you are struggling to cope with.',
          sources: ['NHS-Back', 'NHS-Neck', 'Mayo-Back']
        },
        {
          id: 'pain-during-exercises',
          text: 'Severe pain while doing the exercises.',
          sources: ['NHS-LBP']
        },
        {
          id: 'hands-keep-hurting',
          text: 'Pain, tingling, numbness, weakness or cramp in your hands or wrists that carries on after you have changed how you work.',
          sources: ['NHS-RSI']
        }
      ],
      action: 'Book a visit with your doctor or a physical therapist; they can look at what is going on.'
    }
  ],
  stopIfItHurts: 'Move gently, never bounce, and stop any move that hurts.',
  warmUpAndBreathe: {
    text: 'Move first: walk about or roll your shoulders for a minute, then stretch gently. Breathe slowly and freely while you hold; don’t hold your breath.',
    sources: ['Mayo-Stretch', 'NHSinform-WU', 'Mayo-Core', 'CCOHS-Str', 'CUH-Gen']
  },
  highDiscomfort: {
    title: 'Your discomfort has been high lately',
    paragraphs: [
      'Your check-ins have shown high discomfort for several days in a row.',
      'Upright can’t tell what is behind it, but a doctor or physical therapist can, and talking to one may be helpful.',
      'Until then, keep any stretches gentle, skip moves that hurt, and check the signs that need help sooner.'
    ],
    actionLabel: 'When to get help'
  },
  wellnessStatement:
    'Upright encourages healthy work habits: a comfortable setup, regular breaks and gentle movement. It is not a medical device and does not diagnose, treat or prevent any condition.'
}
