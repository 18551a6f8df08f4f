import type { SafetyContentData } from './schema'

/**
 * Safety text (CONTENT-FACTS section D and Addendum F). Red flags come in the three tiers of
 * DESIGN §5; where DESIGN, Addendum F and the seed put a sign in different tiers, the stricter
 * tier is used (e.g. pain worse on coughing is "same day", tingling down a limb is "same day",
 * pain after any accident or fall is "emergency"). Upright stays a general-wellness product: it talks
 * about comfort and healthy habits, never names a condition it could detect or treat, and
 * points people to a professional instead of interpreting symptoms. Where the seed articles
 * are stricter than the guidelines (seek help after 1–2 weeks rather than "a few weeks"), the
 * stricter advice is used. The words are in the catalog (safety.…); this keeps the tiers,
 * their order, the red-flag ids and where each comes from.
 */
export const safetyContent: SafetyContentData = {
  redFlagTiers: [
    {
      id: 'emergency',
      items: [
        { id: 'saddle-numbness', sources: ['NHS-Back', 'G-Care'] },
        { id: 'bladder-bowel', sources: ['NHS-Back', 'Mayo-Back', 'G-Care'] },
        { id: 'both-legs-or-sudden-weakness', sources: ['NHS-Back', 'Mayo-Neck2012', 'Seed-Uneven'] },
        { id: 'spinal-cord-signs', sources: ['KCE', 'GPonline', 'Mayo-Neck2012', 'Sheffield-Neck'] },
        { id: 'sudden-numbness-face-arm', sources: ['Sheffield-Neck'] },
        { id: 'chest-pain', sources: ['NHS-Back', 'NHS-Chest'] },
        { id: 'stiff-neck-fever', sources: ['Mayo-Neck2012', 'GPonline'] },
        { id: 'belly-pain', sources: ['Mayo-Back2015'] },
        { id: 'after-accident', sources: ['NHS-Back', 'Mayo-Back', 'Mayo-Neck2012', 'Mayo-Neck'] }
      ]
    },
    {
      id: 'urgent',
      items: [
        { id: 'fever', sources: ['NHS-Back', 'Mayo-Back', 'G-Care'] },
        // Weakness in one limb that is not sudden, or that keeps getting worse, is same-day (CONTENT-FACTS row 21).
        { id: 'arm-or-leg-tingling', sources: ['Seed-Uneven', 'Mayo-Back', 'G-Care', 'NHS-Neck', 'Mayo-Neck'] },
        { id: 'weight-loss', sources: ['NHS-Back', 'Mayo-Back', 'G-Care'] },
        { id: 'night-or-rest-pain', sources: ['NHS-Back', 'Mayo-Back2015', 'G-Care', 'Seed-Uneven'] },
        { id: 'cough-sneeze-toilet', sources: ['NHS-Back'] },
        { id: 'between-shoulder-blades', sources: ['NHS-Back'] },
        { id: 'lump-or-shape', sources: ['NHS-Back', 'Mayo-Back2015'] },
        { id: 'cancer-history', sources: ['G-Care', 'Mayo-Back2015'] },
        { id: 'immune-or-drugs', sources: ['G-Care', 'MPFT-Neck', 'Mayo-Back2015'] },
        { id: 'steroids-osteoporosis', sources: ['G-Care', 'Mayo-Back2015'] },
        { id: 'age', sources: ['G-Care', 'Mayo-Back2015', 'KCE', 'GPonline'] }
      ]
    },
    {
      id: 'professional',
      items: [
        { id: 'lasting-pain', sources: ['Seed-Uneven', 'NHS-Back', 'NHSinform-Back', 'Mayo-Back'] },
        { id: 'severe-or-daily-life', sources: ['NHS-Back', 'NHS-Neck', 'Mayo-Back'] },
        { id: 'pain-during-exercises', sources: ['NHS-LBP'] },
        { id: 'hands-keep-hurting', sources: ['NHS-RSI'] }
      ]
    }
  ],
  warmUpAndBreathe: { sources: ['Mayo-Stretch', 'NHSinform-WU', 'Mayo-Core', 'CCOHS-Str', 'CUH-Gen'] }
}
