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
import type { Stretch } from './schema'

/**
 * The stretch and exercise library (CONTENT-FACTS section B). Doses come from the cited
 * source; where none was found, the general rules G1–G4 apply and the dose stays modest.
 * Ranges give the routine builder room to fit a break: their maximum never exceeds what the
 * sources allow.
 */
export const stretches: readonly Stretch[] = [
  {
    id: 'neck-side-bend',
    name: 'Neck side bend',
    areas: ['neck'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall with both feet flat and your shoulders loose.',
      'Slowly tip your head away from the side you are stretching, ear toward the other shoulder.',
      'Keep the shoulder on the stretching side low; you should feel a mild pull along that side of your neck.',
      'Hold and breathe, then lift your head back to the middle.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} neck muscles stretch',
      hint: 'Left side: tip your head toward your right shoulder, so the left side of your neck stretches.'
    },
    caution: 'Stop if you feel pins and needles or get dizzy.',
    doseSource: 'G2, G1',
    doseNote: 'Hold of 15–30 s from G2; 2–4 holds per side from G1.',
    illustration: neckSideBendDrawing
  },
  {
    id: 'chin-tuck',
    name: 'Chin tuck',
    areas: ['neck'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall and look straight ahead.',
      'Glide your head straight back, as if making a double chin, keeping your eyes level.',
      'Pause for a moment, then let your head ease forward to where it started.',
      'Repeat slowly and smoothly.'
    ],
    dose: { kind: 'reps', reps: 10, repsRange: { min: 3, max: 10 }, sets: 1 },
    sides: 'both',
    caution: 'Move only as far as feels easy; it should not hurt.',
    doseSource: 'SIRA-NSW',
    doseNote: 'SIRA NSW: 10 repetitions every hour while sitting.',
    illustration: chinTuckDrawing
  },
  {
    id: 'shoulder-rolls',
    name: 'Shoulder rolls',
    areas: ['shoulders', 'neck'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit or stand tall with your arms hanging loose.',
      'Lift both shoulders up toward your ears.',
      'Roll them back, drawing your shoulder blades gently together.',
      'Let them drop down and relax before the next circle.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, downSeconds: 2 } },
    sides: 'both',
    caution: 'Keep the circles slow and skip any part that pinches.',
    doseSource: 'G3',
    doseNote: 'No authoritative dose found; G3’s starting point of 5 repetitions.',
    illustration: shoulderRollsDrawing
  },
  {
    id: 'upper-trap-stretch',
    name: 'Upper trap stretch',
    areas: ['neck', 'shoulders'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall and hold the side of the seat with one hand to keep that shoulder down.',
      'Tilt your head away from that hand, bringing your other ear toward its shoulder.',
      'For a little more, rest your free hand on your head and let its weight add a light pull.',
      'Hold, then let go and bring your head slowly back to the middle.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} neck and shoulder muscles stretch',
      hint: 'Left side: hold the seat with your left hand and tilt your head to the right.'
    },
    caution: 'Keep the anchored shoulder down and the pull from your hand light.',
    doseSource: 'Healthwise',
    doseNote: 'Healthwise: hold 15–30 s, 2–4 times each side.',
    illustration: upperTrapStretchDrawing
  },
  {
    id: 'levator-scapulae-stretch',
    name: 'Diagonal neck stretch',
    areas: ['neck', 'shoulders'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall and hold the side of the seat with one hand.',
      'Turn your head about halfway toward the other side.',
      'Look down toward that armpit, letting your chin drop toward your chest.',
      'If you like, rest your free hand on the back of your head for a gentle extra pull, and hold.',
      'Lift your head slowly back to the middle.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'the back of your {side} neck stretches',
      hint: 'Left side: hold the seat with your left hand, turn your head to the right and look down toward your right armpit.'
    },
    caution: 'Ease into it without bouncing, and keep any pull light.',
    doseSource: 'G2, G1',
    doseNote: 'No dose in government or clinic sources; a G2 hold of 15–30 s, 2–4 per side (G1).',
    illustration: levatorScapulaeStretchDrawing
  },
  {
    id: 'chest-opener',
    name: 'Seated chest opener',
    areas: ['chest', 'shoulders'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall with your feet flat.',
      'Draw your shoulders back and down, letting your arms hang behind you.',
      'Lift your chest up and forward until you feel a stretch across the front of your shoulders.',
      'Hold briefly, then relax.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 10 }, reps: 5, repsRange: { min: 3, max: 5 }, sets: 1 },
    sides: 'both',
    caution: 'If you’ve ever dislocated a shoulder, ask a clinician before doing this one.',
    doseSource: 'NHS-Sit',
    doseNote: 'NHS sitting exercises: hold 5–10 s, 5 times.',
    illustration: chestOpenerDrawing
  },
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    areas: ['chest', 'shoulders'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand in a doorway and rest your forearms on the frame, elbows at about shoulder height.',
      'Put one foot a step ahead of the other.',
      'Shift your weight gently onto the front foot until you feel a stretch across your chest.',
      'Hold without arching your back, then step back to release.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'both',
    caution: 'If you’ve ever dislocated a shoulder, skip this or ask a clinician first.',
    doseSource: 'G2, G1',
    doseNote: 'No dose found for the doorway version; a G2 hold (Mayo’s chest stretch also uses 15–30 s), 2–4 holds per G1.',
    illustration: doorwayChestStretchDrawing
  },
  {
    id: 'seated-thoracic-rotation',
    name: 'Seated upper-back twist',
    areas: ['upper-back'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall with your feet flat and cross your arms over your chest.',
      'Keep your hips and knees facing forward.',
      'Turn your upper body to one side as far as feels comfortable.',
      'Hold, then turn back to the middle.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, reps: 5, repsRange: { min: 2, max: 5 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'you turn to your {side}',
      hint: 'Left side: turn your upper body to the left, keeping your hips facing forward.'
    },
    caution: 'Turn only within a comfortable range and keep your hips still.',
    doseSource: 'NHS-Sit',
    doseNote: 'NHS sitting exercises: hold 5 s, 5 times each side.',
    illustration: seatedThoracicRotationDrawing
  },
  {
    id: 'seated-cat-cow',
    name: 'Seated cat-cow',
    areas: ['upper-back', 'lower-back'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit toward the front of your seat with your hands on your knees.',
      'Breathe out and round your back, tucking your chin and drawing your belly in.',
      'Breathe in and arch the other way, lifting your chest and looking ahead.',
      'Move slowly between the two shapes.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 3, downSeconds: 3 } },
    sides: 'both',
    caution: 'Stay within a range that feels easy; it should never pinch.',
    doseSource: 'G3',
    doseNote: 'No authoritative dose found; G3’s 5 repetitions, done slowly.',
    illustration: seatedCatCowDrawing
  },
  {
    id: 'seated-side-bend',
    name: 'Seated side bend',
    areas: ['lower-back', 'upper-back'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall with your feet flat and your arms relaxed at your sides.',
      'Slide one hand down toward the seat as you bend straight to that side; the other side stretches.',
      'Keep both sitting bones on the chair and don’t lean forward.',
      'Hold briefly, then come back up to sitting tall.'
    ],
    dose: { kind: 'hold', holdSeconds: 2, reps: 3, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} side stretches',
      hint: 'Left side: slide your right hand down and bend to the right, so your left side stretches.'
    },
    caution: 'Bend straight to the side without twisting, and stop if it pinches.',
    doseSource: 'NHS-Flex',
    doseNote: 'NHS flexibility exercise (standing version): hold 2 s, 3 times each side.',
    illustration: seatedSideBendDrawing
  },
  {
    id: 'wrist-flexor-stretch',
    name: 'Wrist flexor stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Hold one arm out in front of you, elbow straight and palm facing up.',
      'Let the hand bend down so the fingers point toward the floor.',
      'With your other hand, gently draw the fingers back toward you.',
      'Hold while you feel a stretch along the inside of your forearm, then release.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} forearm stretches on the palm side',
      hint: 'Left side: hold your left arm out, palm up, and draw those fingers down and back with your right hand.'
    },
    caution: 'Stop if your hand or fingers start to tingle.',
    doseSource: 'Mayo-Sit, G1',
    doseNote: 'Mayo sitting stretches: 15–30 s each side; 2–4 holds per side from G1.',
    illustration: wristFlexorStretchDrawing
  },
  {
    id: 'wrist-extensor-stretch',
    name: 'Wrist extensor stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Hold one arm out in front of you, elbow straight and palm facing down.',
      'Let the hand bend down so the fingers point toward the floor.',
      'With your other hand, gently press the back of that hand toward you.',
      'Hold while you feel a stretch along the top of your forearm, then release.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, holdSecondsRange: { min: 15, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} forearm stretches on the back-of-hand side',
      hint: 'Left side: hold your left arm out, palm down, and ease that hand down and toward you with your right hand.'
    },
    caution: 'Stop if your hand or fingers start to tingle.',
    doseSource: 'Mayo-Sit, G1',
    doseNote: 'Mayo sitting stretches: 15–30 s each side; 2–4 holds per side from G1.',
    illustration: wristExtensorStretchDrawing
  },
  {
    id: 'standing-hip-flexor-stretch',
    name: 'Standing hip flexor stretch',
    areas: ['hips'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand beside your desk and rest one hand on it.',
      'Step one foot forward and the other back, with the back heel lifted.',
      'Tuck your tailbone under and keep your upper body upright.',
      'Shift your hips gently forward until you feel a stretch at the front of the back hip, and hold.'
    ],
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'the front of your {side} hip stretches',
      hint: 'Left side: step your left foot back, so the front of your left hip stretches.'
    },
    caution: 'Keep your back upright rather than arching it to go further.',
    doseSource: 'G1',
    doseNote: 'The hip flexor stretch is one of G1’s basic stretches: about 30 s, 2–4 times per side.',
    illustration: standingHipFlexorStretchDrawing
  },
  {
    id: 'seated-figure-four',
    name: 'Seated figure-four',
    areas: ['hips', 'lower-back'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall toward the front of your seat with both feet flat.',
      'Lift one foot and rest that ankle on the opposite knee.',
      'Keeping your back straight, lean forward from the hips until you feel a stretch in the buttock.',
      'Hold, then sit up and lower the foot.'
    ],
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} buttock stretches',
      hint: 'Left side: rest your left ankle on your right knee, so your left buttock stretches.'
    },
    caution: 'If you’ve had hip surgery, check with your clinician before trying this.',
    doseSource: 'G1',
    doseNote: 'No dose in a major source; G1 applied: about 30 s, 2–4 times per side.',
    illustration: seatedFigureFourDrawing
  },
  {
    id: 'seated-hamstring-stretch',
    name: 'Seated hamstring stretch',
    areas: ['legs'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit near the front edge of your seat.',
      'Straighten one leg in front of you, heel on the floor and toes pointing up.',
      'Keep your back straight and lean forward from the hips until you feel a stretch behind the thigh.',
      'Hold, then sit back up.'
    ],
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 20, max: 30 }, reps: 2, repsRange: { min: 2, max: 4 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'the back of your {side} thigh stretches',
      hint: 'Left side: straighten your left leg in front of you, heel on the floor.'
    },
    caution: 'Hinge from the hips; don’t round your back to reach further.',
    doseSource: 'G1',
    doseNote: 'About 30 s, 2–4 times per side, per G1; Mayo’s own hamstring stretch is done lying down.',
    illustration: seatedHamstringStretchDrawing
  },
  {
    id: 'calf-raises',
    name: 'Calf raises',
    areas: ['legs'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand behind a steady chair, or at your desk, and hold on lightly.',
      'Rise slowly onto your toes while counting to three.',
      'Lower your heels slowly while counting to five.',
      'Repeat, keeping your body tall.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 10 }, sets: 1, tempo: { upSeconds: 3, downSeconds: 5 } },
    sides: 'both',
    caution: 'Hold on for balance the whole time.',
    doseSource: 'NHS-Str, NHS-Tayside',
    doseNote: 'NHS: 5 repetitions; NHS Tayside: up to 10, rising for a count of 3 and lowering for 5.',
    illustration: calfRaisesDrawing
  },
  {
    id: 'standing-back-extension',
    name: 'Standing back bend',
    areas: ['lower-back'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand with your feet about shoulder-width apart.',
      'Place your hands on your lower back, fingers pointing down.',
      'Lean back gently from the waist, looking ahead, only as far as feels comfortable.',
      'Return to standing tall and repeat.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 1, downSeconds: 2 } },
    sides: 'both',
    caution: 'Stop if pain or tingling spreads into a leg, or if the pain gets worse.',
    doseSource: 'G3',
    doseNote: 'NHS inform back bends: start at 5 repetitions, up to 3 times a day.',
    illustration: standingBackExtensionDrawing
  },
  {
    id: 'seated-knee-to-chest',
    name: 'Seated knee hug',
    areas: ['lower-back', 'hips'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Sit tall toward the front of your seat.',
      'Lift one knee toward your chest and hold it there with both hands.',
      'Keep your back straight rather than curling down to meet the knee.',
      'Hold, then lower the foot to the floor.'
    ],
    dose: { kind: 'hold', holdSeconds: 30, holdSecondsRange: { min: 15, max: 30 }, reps: 1, repsRange: { min: 1, max: 2 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'stretch',
      label: 'your {side} buttock and lower back stretch',
      hint: 'Left side: hug your left knee toward your chest.'
    },
    caution: 'If you have osteoporosis, skip this one or ask your clinician first.',
    doseSource: 'Mayo-Office',
    doseNote: 'Mayo office stretches: 30 s for each leg.',
    illustration: seatedKneeToChestDrawing
  },
  {
    id: 'childs-pose',
    name: 'Bottom to heels',
    areas: ['lower-back', 'upper-back'],
    place: 'floor',
    position: 'floor',
    steps: [
      'Kneel on all fours, hands under your shoulders and knees under your hips.',
      'Slowly move your bottom back toward your heels, leaving your hands where they are.',
      'Let your back round gently and stay for one slow, deep breath.',
      'Return to all fours.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, reps: 8, repsRange: { min: 5, max: 10 }, sets: 1 },
    sides: 'both',
    caution: 'If your knees complain, don’t sit all the way back onto your heels.',
    doseSource: 'NHS-LBP',
    doseNote: 'NHS lower back exercises: hold for one deep breath (about 5 s), 8–10 times.',
    illustration: childsPoseDrawing
  },
  {
    id: 'bird-dog',
    name: 'Bird dog',
    areas: ['lower-back', 'hips'],
    place: 'floor',
    position: 'floor',
    steps: [
      'Kneel on all fours with a flat back, hands under your shoulders and knees under your hips.',
      'Reach one arm forward and the opposite leg back until both are in line with your body.',
      'Hold steady with your back level and your hips square to the floor.',
      'Lower them slowly and repeat, then change to the other arm and leg.'
    ],
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
oneSide: {
      role: 'strength',
      label: 'your {side} arm reaches and the other leg lifts',
      hint: 'Left side: reach your left arm forward and your right leg back; the next side swaps them.'
    },
    caution: 'Move slowly, without wobbling or arching your back.',
    doseSource: 'Mayo-BD',
    doseNote: 'Mayo: hold up to 10 s, 6 times each side, up to 3 sets.',
    illustration: birdDogDrawing
  },
  {
    id: 'superman',
    name: 'Gentle superman',
    areas: ['lower-back', 'upper-back'],
    place: 'floor',
    position: 'floor',
    steps: [
      'Lie face down with your arms stretched forward and your forehead resting on the floor.',
      'Keeping your eyes on the floor, lift your arms, chest and legs a little way up.',
      'Hold, breathing normally.',
      'Lower slowly and relax.',
      'For an easier version, prop yourself up on your forearms and lift only your chest.'
    ],
    dose: { kind: 'hold', holdSeconds: 10, holdSecondsRange: { min: 10, max: 15 }, reps: 5, repsRange: { min: 3, max: 5 }, sets: 1 },
    sides: 'both',
    caution: 'Stop if pain or tingling spreads into a leg, or the pain gets worse. Keep your neck long and don’t tip your head back.',
    doseSource: 'Seed-Uneven, G3',
    doseNote: 'No authoritative dose: the seed’s 10–15 s hold (unverified), with G3’s starting 5 repetitions rather than the seed’s 10.',
    illustration: supermanDrawing
  },
  {
    id: 'pelvic-tilt',
    name: 'Pelvic tilt',
    areas: ['lower-back'],
    place: 'floor',
    position: 'floor',
    steps: [
      'Lie on your back with your knees bent and feet flat on the floor.',
      'Gently tighten your stomach and press the small of your back toward the floor as your pelvis tilts up.',
      'Hold for a moment.',
      'Relax back to the start and repeat slowly.'
    ],
    dose: {
      kind: 'reps',
      reps: 10,
      repsRange: { min: 5, max: 15 },
      sets: 1,
      tempo: { upSeconds: 2, pauseSeconds: 2, downSeconds: 2 }
    },
    sides: 'both',
    caution: 'Keep the movement small and easy, and stop if it hurts.',
    doseSource: 'NHS-LBP, G3',
    doseNote: 'NHS: 10–15 slow repetitions; G3: hold each for 2 s.',
    illustration: pelvicTiltDrawing
  },
  {
    id: 'lateral-leg-raise',
    name: 'Side leg raise',
    areas: ['hips'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand tall beside a steady chair and hold its back.',
      'Keeping your body upright and the leg straight, lift the outside leg out to the side.',
      'Pause briefly with your hips level.',
      'Lower it slowly and repeat.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 1, downSeconds: 2 } },
    sides: 'each',
oneSide: {
      role: 'strength',
      label: 'your {side} hip muscles lift your leg',
      hint: 'Left side: stand on your right leg and lift your left leg out to the side.'
    },
    caution: 'Don’t lean your body to the side to lift the leg higher.',
    doseSource: 'G3',
    doseNote: 'NHS repetitions were not captured and the seed’s 10 × 3 sets is unverified, so G3’s starting 5 is used.',
    illustration: lateralLegRaiseDrawing
  },
  {
    id: 'single-arm-row',
    name: 'One-arm row',
    areas: ['upper-back', 'shoulders'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand beside your desk, put one hand on it and lean forward with a flat back and soft knees.',
      'Hold a full water bottle in the other hand, arm hanging straight down.',
      'Pull the bottle up toward your hip, elbow close to your side, squeezing the shoulder blade back.',
      'Lower it slowly and repeat.'
    ],
    dose: { kind: 'reps', reps: 5, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 2, downSeconds: 2 } },
    sides: 'each',
oneSide: {
      role: 'strength',
      label: 'your {side} arm and upper back pull',
      hint: 'Left side: your left hand pulls the bottle while your right hand rests on the desk.'
    },
    caution: 'Use something light, like a water bottle, and stop if your back complains.',
    doseSource: 'G3',
    doseNote: 'No authoritative dose found; G3’s starting 5 repetitions with a light load.',
    illustration: singleArmRowDrawing
  },
  {
    id: 'single-leg-balance',
    name: 'One-leg balance',
    areas: ['legs', 'hips'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand next to a wall or your desk and rest your fingertips on it.',
      'Lift one foot off the floor, keeping your hips level.',
      'Hold steady, standing tall.',
      'Put the foot down, then repeat.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 10 }, reps: 3, repsRange: { min: 1, max: 3 }, sets: 1 },
    sides: 'each',
oneSide: {
      role: 'strength',
      label: 'your {side} leg holds you up',
      hint: 'Left side: stand on your left leg and lift your right foot.'
    },
    caution: 'Keep your fingertips on the support so you can steady yourself.',
    doseSource: 'HSE-IE-Balance',
    doseNote: 'HSE Ireland balance exercises: hold 5–10 s, 3 times per leg.',
    illustration: singleLegBalanceDrawing
  },
  {
    id: 'glute-bridge',
    name: 'Glute bridge',
    areas: ['hips', 'lower-back'],
    place: 'floor',
    position: 'floor',
    steps: [
      'Lie on your back with your knees bent and your feet flat on the floor, hip-width apart.',
      'Gently tighten your stomach muscles and keep your lower back in its natural curve.',
      'Lift your hips until your shoulders, hips and knees make a straight line, and no higher.',
      'Hold, breathing freely, then lower your hips slowly to the floor.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, reps: 5, repsRange: { min: 3, max: 10 }, sets: 1 },
    sides: 'both',
    caution: 'Lift no higher than a straight line and don’t arch your back. If you are pregnant, skip moves done lying on your back.',
    doseSource: 'VA-Hips, Mayo-Core, G3',
    doseNote: 'Versus Arthritis: hold 5 s; Mayo core routine: 5 repetitions, building toward 10; G3: start at 5.',
    illustration: gluteBridgeDrawing
  },
  {
    id: 'tendon-glides',
    name: 'Finger glides',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Hold one hand up in front of you, wrist straight and fingers pointing up.',
      'Bend only the top two joints of your fingers into a hook, and hold for a count of 3.',
      'Curl into a full fist with your thumb outside, and hold.',
      'Make a flat fist: bend at the base and middle knuckles, fingertips straight, touching the base of your palm.',
      'Open your hand back to straight fingers and begin the next round.'
    ],
    dose: { kind: 'reps', reps: 3, repsRange: { min: 3, max: 5 }, sets: 1, tempo: { upSeconds: 6, pauseSeconds: 3, downSeconds: 6 } },
    sides: 'each',
    oneSide: {
      role: 'stretch',
      label: 'your {side} hand moves through the shapes',
      hint: 'Left side: your left hand makes the shapes while your right hand rests.'
    },
    caution: 'Move gently and never force your fingers. If your hands still ache 30 minutes later, do fewer next time.',
    doseSource: 'UHSussex, KP-Finger',
    doseNote: 'NHS hand exercises (UHSussex): hold each shape 3–5 s, 3–5 times; Healthwise repeats the sequence up to 8–12 times.',
    illustration: tendonGlidesDrawing
  },
  {
    id: 'finger-spread',
    name: 'Fist and finger spread',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Hold both hands in front of you, wrists straight.',
      'Make a loose fist with each hand, thumbs outside.',
      'Open your hands and spread your fingers as wide as is comfortable.',
      'Hold for a count of 3, then relax and repeat.'
    ],
    dose: { kind: 'reps', reps: 4, repsRange: { min: 3, max: 4 }, sets: 1, tempo: { upSeconds: 2, pauseSeconds: 3, downSeconds: 2 } },
    sides: 'both',
    caution: 'Spread only as far as is comfortable, and ease off if it hurts.',
    doseSource: 'Lifespan-ASHT, CCOHS-Str',
    doseNote: 'American Society of Hand Therapists (via Lifespan): make a fist, then spread the fingers for a count of 3, 3–4 times.',
    illustration: fingerSpreadDrawing
  },
  {
    id: 'prayer-stretch',
    name: 'Prayer wrist stretch',
    areas: ['wrists'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Rest your elbows on the desk and press your palms and fingers together, fingers pointing up.',
      'Keeping your palms together, slowly lower your wrists toward the desk.',
      'Stop when you feel a gentle stretch in your wrists and forearms, and hold.',
      'Lift your wrists back up and let your hands relax.'
    ],
    dose: { kind: 'hold', holdSeconds: 5, holdSecondsRange: { min: 5, max: 7 }, reps: 3, sets: 1 },
    sides: 'both',
    caution: 'Lower your wrists only to a gentle stretch, and stop if your fingers tingle.',
    doseSource: 'CCOHS-Str',
    doseNote: 'CCOHS desk stretches for hands: hold 5–7 s, 3 times.',
    illustration: prayerStretchDrawing
  },
  {
    id: 'walk-away-from-desk',
    name: 'Walk away from the desk',
    areas: ['legs', 'eyes'],
    place: 'desk',
    position: 'standing',
    steps: [
      'Stand up and step away from your desk and screen.',
      'Walk at an easy pace: fetch some water, go down a corridor or around the room.',
      'Let your arms swing and your shoulders relax, and look into the distance now and then.',
      'Come back when the time is up.'
    ],
    dose: { kind: 'hold', holdSeconds: 120, holdSecondsRange: { min: 60, max: 300 }, reps: 1, sets: 1 },
    sides: 'both',
    standalone: true,
    caution: 'Walk at an easy pace; there is no need to hurry or get out of breath.',
    doseSource: 'Dunstan-2012, Bailey-Locke-2015, Henson-2016, HSE-FAQ',
    doseNote: '2 minutes of easy walking (Dunstan 2012), walking rather than only standing (Bailey & Locke 2015), up to 5 minutes (Henson 2016); HSE: breaks away from the desk.',
    illustration: walkAwayDrawing
  },
  {
    id: 'eye-break-20-20-20',
    name: 'Eye break (20-20-20)',
    areas: ['eyes'],
    place: 'desk',
    position: 'seated',
    steps: [
      'Look away from your screen.',
      'Find something about 20 feet (6 m) away, such as the view from a window or the far side of the room.',
      'Let your eyes rest on it for 20 seconds, blinking normally.',
      'Close your eyes for a few seconds before you look back at the screen.'
    ],
    dose: { kind: 'hold', holdSeconds: 20, reps: 1, sets: 1 },
    sides: 'both',
    caution: 'If your eyes stay sore or your sight blurs, have them checked by an eye-care professional.',
    doseSource: 'AAO',
    doseNote: 'AAO: every 20 minutes, look 20 feet away for 20 seconds; Cal/OSHA adds closing the eyes now and then.',
    illustration: eyeBreakDrawing
  }
]

export function findStretch(id: string): Stretch | undefined {
  return stretches.find((stretch) => stretch.id === id)
}
