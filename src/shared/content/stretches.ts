import {
  birdDogDrawing,
  childsPoseDrawing,
  gluteBridgeDrawing,
  pelvicTiltDrawing,
  supermanDrawing
} from './illustrations/floor-drawings'
import { fingerSpreadDrawing, tendonGlidesDrawing } from './illustrations/hand-drawings'
import {
  chestOpenerDrawing,
  chinTuckDrawing,
  eyeBreakDrawing,
  levatorScapulaeStretchDrawing,
  neckSideBendDrawing,
  prayerStretchDrawing,
  seatedCatCowDrawing,
  seatedFigureFourDrawing,
  seatedHamstringStretchDrawing,
  seatedKneeToChestDrawing,
  seatedSideBendDrawing,
  seatedThoracicRotationDrawing,
  shoulderRollsDrawing,
  upperTrapStretchDrawing,
  wristExtensorStretchDrawing,
  wristFlexorStretchDrawing
} from './illustrations/seated-drawings'
import {
  calfRaisesDrawing,
  doorwayChestStretchDrawing,
  lateralLegRaiseDrawing,
  singleArmRowDrawing,
  singleLegBalanceDrawing,
  standingBackExtensionDrawing,
  standingHipFlexorStretchDrawing,
  walkAwayDrawing
} from './illustrations/standing-drawings'
import type { StretchData } from './schema'

/**
 * The stretch and exercise library (CONTENT-FACTS section B). Doses come from the cited
 * source; where none was found, the general rules G1–G4 apply and the dose stays modest.
 * Ranges give the routine builder room to fit a break: their maximum never exceeds what the
 * sources allow.
 */
export const stretches: readonly StretchData[] = [
  {
    id: 'neck-side-bend',
    areas: ['neck'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'G2, G1',
    illustration: neckSideBendDrawing
  },
  {
    id: 'chin-tuck',
    areas: ['neck'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'reps', reps: 10, repsRange: { min: 3, max: 10 }, sets: 1 },
    sides: 'both',
    doseSource: 'SIRA-NSW',
    illustration: chinTuckDrawing
  },
  {
    id: 'shoulder-rolls',
    areas: ['shoulders', 'neck'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, downSeconds: 2 } },
    sides: 'both',
    doseSource: 'G3',
    illustration: shoulderRollsDrawing
  },
  {
    id: 'upper-trap-stretch',
    areas: ['neck', 'shoulders'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'Healthwise',
    illustration: upperTrapStretchDrawing
  },
  {
    id: 'levator-scapulae-stretch',
    areas: ['neck', 'shoulders'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'G2, G1',
    illustration: levatorScapulaeStretchDrawing
  },
  {
    id: 'chest-opener',
    areas: ['chest', 'shoulders'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 10 }, reps: 5, repsRange: { min: 3, max: 5 }, sets: 1 },
    sides: 'both',
    doseSource: 'NHS-Sit',
    illustration: chestOpenerDrawing
  },
  {
    id: 'doorway-chest-stretch',
    areas: ['chest', 'shoulders'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'both',
    doseSource: 'G2, G1',
    illustration: doorwayChestStretchDrawing
  },
  {
    id: 'seated-thoracic-rotation',
    areas: ['upper-back'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 5, reps: 5, repsRange: { min: 2, max: 5 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'NHS-Sit',
    illustration: seatedThoracicRotationDrawing
  },
  {
    id: 'seated-cat-cow',
    areas: ['upper-back', 'lower-back'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 3, downSeconds: 3 } },
    sides: 'both',
    doseSource: 'G3',
    illustration: seatedCatCowDrawing
  },
  {
    id: 'seated-side-bend',
    areas: ['lower-back', 'upper-back'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 2, reps: 3, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'NHS-Flex',
    illustration: seatedSideBendDrawing
  },
  {
    id: 'wrist-flexor-stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'Mayo-Sit, G1',
    illustration: wristFlexorStretchDrawing
  },
  {
    id: 'wrist-extensor-stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'Mayo-Sit, G1',
    illustration: wristExtensorStretchDrawing
  },
  {
    id: 'standing-hip-flexor-stretch',
    areas: ['hips'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'G1',
    illustration: standingHipFlexorStretchDrawing
  },
  {
    id: 'seated-figure-four',
    areas: ['hips', 'lower-back'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'G1',
    illustration: seatedFigureFourDrawing
  },
  {
    id: 'seated-hamstring-stretch',
    areas: ['legs'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'G1',
    illustration: seatedHamstringStretchDrawing
  },
  {
    id: 'calf-raises',
    areas: ['legs'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 10 }, sets: 1, tempo: { upSeconds: 3, downSeconds: 5 } },
    sides: 'both',
    doseSource: 'NHS-Str, NHS-Tayside',
    illustration: calfRaisesDrawing
  },
  {
    id: 'standing-back-extension',
    areas: ['lower-back'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 1, downSeconds: 2 } },
    sides: 'both',
    doseSource: 'G3',
    illustration: standingBackExtensionDrawing
  },
  {
    id: 'seated-knee-to-chest',
    areas: ['lower-back', 'hips'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 15, max: 30 }, reps: 1, repsRange: { min: 1, max: 2 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'Mayo-Office',
    illustration: seatedKneeToChestDrawing
  },
  {
    id: 'childs-pose',
    areas: ['lower-back', 'upper-back'],
    place: 'floor',
    position: 'floor',
    dose: { kind: 'hold', holdSeconds: 5, reps: 8, repsRange: { min: 5, max: 10 }, sets: 1 },
    sides: 'both',
    doseSource: 'NHS-LBP',
    illustration: childsPoseDrawing
  },
  {
    id: 'bird-dog',
    areas: ['lower-back', 'hips'],
    place: 'floor',
    position: 'floor',
    dose: {
      kind: 'hold',
      holdSeconds: 5,
      holdSecondsRange: { min: 3, max: 10 },
      reps: 6,
      repsRange: { min: 2, max: 6 },
      sets: 1,
      setsRange: { min: 1, max: 3 }
    },
    sides: 'each',
    oneSide: { role: 'strength' },
    doseSource: 'Mayo-BD',
    illustration: birdDogDrawing
  },
  {
    id: 'superman',
    areas: ['lower-back', 'upper-back'],
    place: 'floor',
    position: 'floor',
    dose: { kind: 'hold', holdSeconds: 10, holdSecondsRange: { min: 10, max: 15 }, reps: 5, repsRange: { min: 3, max: 5 }, sets: 1 },
    sides: 'both',
    doseSource: 'Seed-Uneven, G3',
    illustration: supermanDrawing
  },
  {
    id: 'pelvic-tilt',
    areas: ['lower-back'],
    place: 'floor',
    position: 'floor',
    dose: {
      kind: 'reps',
      reps: 10,
      repsRange: { min: 5, max: 15 },
      sets: 1,
      tempo: { upSeconds: 2, pauseSeconds: 2, downSeconds: 2 }
    },
    sides: 'both',
    doseSource: 'NHS-LBP, G3',
    illustration: pelvicTiltDrawing
  },
  {
    id: 'lateral-leg-raise',
    areas: ['hips'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 1, downSeconds: 2 } },
    sides: 'each',
    oneSide: { role: 'strength' },
    doseSource: 'G3',
    illustration: lateralLegRaiseDrawing
  },
  {
    id: 'single-arm-row',
    areas: ['upper-back', 'shoulders'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, downSeconds: 2 } },
    sides: 'each',
    oneSide: { role: 'strength' },
    doseSource: 'G3',
    illustration: singleArmRowDrawing
  },
  {
    id: 'single-leg-balance',
    areas: ['legs', 'hips'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 10 }, reps: 3, repsRange: { min: 1, max: 3 }, sets: 1 },
    sides: 'each',
    oneSide: { role: 'strength' },
    doseSource: 'HSE-IE-Balance',
    illustration: singleLegBalanceDrawing
  },
  {
    id: 'glute-bridge',
    areas: ['hips', 'lower-back'],
    place: 'floor',
    position: 'floor',
    dose: { kind: 'hold', holdSeconds: 5, reps: 5, repsRange: { min: 3, max: 10 }, sets: 1 },
    sides: 'both',
    doseSource: 'VA-Hips, Mayo-Core, G3',
    illustration: gluteBridgeDrawing
  },
  {
    id: 'tendon-glides',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'reps', reps: 3, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 6, pauseSeconds: 3, downSeconds: 6 } },
    sides: 'each',
    oneSide: { role: 'stretch' },
    doseSource: 'UHSussex, KP-Finger',
    illustration: tendonGlidesDrawing
  },
  {
    id: 'finger-spread',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'reps', reps: 4, repsRange: { min: 3, max: 4 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 3, downSeconds: 2 } },
    sides: 'both',
    doseSource: 'Lifespan-ASHT, CCOHS-Str',
    illustration: fingerSpreadDrawing
  },
  {
    id: 'prayer-stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 7 }, reps: 3, sets: 1 },
    sides: 'both',
    doseSource: 'CCOHS-Str',
    illustration: prayerStretchDrawing
  },
  {
    id: 'walk-away-from-desk',
    areas: ['legs', 'eyes'],
    place: 'desk',
    position: 'standing',
    dose: { kind: 'hold', holdSeconds: 120, holdSecondsRange: { min: 60, max: 300 }, reps: 1, sets: 1 },
    sides: 'both',
    standalone: true,
    doseSource: 'Dunstan-2012, Bailey-Locke-2015, Henson-2016, HSE-FAQ',
    illustration: walkAwayDrawing
  },
  {
    id: 'eye-break-20-20-20',
    areas: ['eyes'],
    place: 'desk',
    position: 'seated',
    dose: { kind: 'hold', holdSeconds: 20, reps: 1, sets: 1 },
    sides: 'both',
    doseSource: 'AAO',
    illustration: eyeBreakDrawing
  }
]

export function findStretch(id: string): StretchData | undefined {
  return stretches.find((stretch) => stretch.id === id)
}
