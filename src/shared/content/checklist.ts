import type { ChecklistItemData } from './schema'

/**
 * The workstation checklist (CONTENT-FACTS section A). Numbers are cited to the sources that
 * state them; the often-quoted OSHA monitor angle and distance figures are deliberately not
 * attributed to OSHA because that page could not be verified.
 */
export const checklistItems: readonly ChecklistItemData[] = [
  {
    id: 'screen-height',
    group: 'screen',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CalOSHA-26', 'CCOHS-MP']
  },
  {
    id: 'screen-angle',
    group: 'screen',
    mayNotApply: false,
    sources: ['AOA', 'TUC-WS', 'CCOHS-MP', 'CCOHS-SP']
  },
  {
    id: 'screen-distance',
    group: 'screen',
    mayNotApply: false,
    sources: ['AOA', 'AAO', 'CalOSHA-26', 'CCOHS-SP', 'RMM-HSE']
  },
  {
    id: 'glare',
    group: 'screen',
    mayNotApply: false,
    sources: ['OSHA-Env', 'CalOSHA-26', 'OSHA-QT']
  },
  {
    id: 'bifocals',
    group: 'screen',
    mayNotApply: true,
    sources: ['CalOSHA-26', 'AAO']
  },
  {
    id: 'lumbar-support',
    group: 'chair',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'OSHA-QT', 'CCOHS-SP']
  },
  {
    id: 'seat-height',
    group: 'chair',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'CCOHS-SP']
  },
  {
    id: 'seat-depth',
    group: 'chair',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'CCOHS-Chair', 'CalOSHA-Chair']
  },
  {
    id: 'feet-supported',
    group: 'chair',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CCOHS-SP', 'SLDC-HSE']
  },
  {
    id: 'elbows-shoulders',
    group: 'desk',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'CCOHS-SP', 'CalOSHA-16']
  },
  {
    id: 'keyboard-mouse-height',
    group: 'desk',
    mayNotApply: false,
    sources: ['CalOSHA-16', 'OSHA-QT', 'Cornell-DG']
  },
  {
    id: 'straight-wrists',
    group: 'desk',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CCOHS-SP', 'CalOSHA-16', 'OSHA-QT']
  },
  {
    id: 'laptop-setup',
    group: 'desk',
    mayNotApply: true,
    sources: ['NIBI-Laptop', 'Cornell-Laptop']
  },
  {
    id: 'phone-headset',
    group: 'desk',
    mayNotApply: true,
    sources: ['OSHA-Tel', 'UCLA']
  },
  {
    id: 'even-weight',
    group: 'habits',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'NHS-Posture']
  },
  {
    id: 'bag-carrying',
    group: 'habits',
    mayNotApply: true,
    sources: ['Seed-Uneven']
  },
  {
    id: 'change-position',
    group: 'habits',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'CCOHS-SB', 'Mayo-Sit', 'TUC-WS', 'Cornell-SS']
  }
]
