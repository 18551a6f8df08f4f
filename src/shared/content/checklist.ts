import type { ChecklistItem } from './schema'

/**
 * The workstation checklist (CONTENT-FACTS section A). Numbers are cited to the sources that
 * state them; the often-quoted OSHA monitor angle and distance figures are deliberately not
 * attributed to OSHA because that page could not be verified.
 */
export const checklistItems: readonly ChecklistItem[] = [
  {
    id: 'screen-height',
    group: 'screen',
    title: 'Top of the screen at eye level',
    check:
      'Sit back as you normally work and look straight ahead. The top line of text should be level with your eyes or a little below them.',
    why: 'A screen set too high tips your head back, loads your neck and shoulders, and makes you blink less.',
    fix: 'Raise a low screen with a riser, a monitor arm or a stack of books. Lower a high one, for example by taking it off the computer case.',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CalOSHA-26', 'CCOHS-MP']
  },
  {
    id: 'screen-angle',
    group: 'screen',
    title: 'Middle of the screen a little below your eyes',
    check:
      'The center of the screen should sit about 15–20° below a level line from your eyes, roughly 10–13 cm (4–5 in) lower than eye height. Anywhere from level to about 30° down suits most people.',
    why: 'Eyes are most at ease looking slightly down; looking up tires them.',
    fix: 'Lower the screen, or tilt it back a little so it faces your eyes.',
    mayNotApply: false,
    sources: ['AOA', 'TUC-WS', 'CCOHS-MP', 'CCOHS-SP']
  },
  {
    id: 'screen-distance',
    group: 'screen',
    title: 'Screen an arm’s length away, straight ahead',
    check:
      'Reach out while sitting back: your fingertips should about touch the screen, roughly 50–70 cm (20–28 in) away. Screen and keyboard should be straight in front of you, so you face them without twisting.',
    why: 'A screen that is too close tires your eyes; one that is too far draws you forward to read.',
    fix: 'Sit all the way back first. If you still lean in, bring the screen closer. Line the middle of the screen up with the middle of the keyboard.',
    mayNotApply: false,
    sources: ['AOA', 'AAO', 'CalOSHA-26', 'CCOHS-SP', 'RMM-HSE']
  },
  {
    id: 'glare',
    group: 'screen',
    title: 'No glare on the screen',
    check:
      'Look at a dark screen: you should see no bright reflections of lamps or windows. The screen should stand side-on, at about 90° to any window.',
    why: 'Glare washes out the picture, which strains your eyes and pushes you into odd positions to see.',
    fix: 'Turn the desk so windows are beside you, close the blinds when the sun is low, and light paper work with a desk lamp rather than bright ceiling lights.',
    mayNotApply: false,
    sources: ['OSHA-Env', 'CalOSHA-26', 'OSHA-QT']
  },
  {
    id: 'bifocals',
    group: 'screen',
    title: 'Bifocals or progressives: screen lower',
    check:
      'If you wear bifocal, trifocal or progressive lenses, notice whether you tip your chin up to read the screen through the bottom of your glasses.',
    why: 'Holding the head tilted back to read strains the neck.',
    fix: 'Lower the screen below eye level, down toward the desk. Ask your eye-care professional whether single-vision glasses for computer work would suit you.',
    mayNotApply: true,
    sources: ['CalOSHA-26', 'AAO']
  },
  {
    id: 'lumbar-support',
    group: 'chair',
    title: 'Backrest fits your lower back',
    check:
      'Sit all the way back. The backrest should fill the inward curve of your lower back while you sit upright or lean back slightly.',
    why: 'With nothing behind the lower back, it rounds and you slump.',
    fix: 'Move the backrest up or down and change its tilt until it meets the curve. If the chair can’t adjust, add a lumbar cushion.',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'OSHA-QT', 'CCOHS-SP']
  },
  {
    id: 'seat-height',
    group: 'chair',
    title: 'Seat height: thighs level, knees not above hips',
    check:
      'Your thighs should be about parallel to the floor, with hips, knees and ankles at 90° or a little more, and knees level with or just below your hips.',
    why: 'A seat at the wrong height presses under your thighs or tips your pelvis into a slump.',
    fix: 'Set the seat height to suit the desk first. If your feet then no longer rest flat, add a footrest.',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'CCOHS-SP']
  },
  {
    id: 'seat-depth',
    group: 'chair',
    title: 'A small gap behind your knees',
    check:
      'Sitting all the way back, slide your fingers between the front of the seat and the backs of your knees. There should be room for about three fingers, roughly 5 cm (2 in).',
    why: 'A seat edge pressing into the backs of the knees squeezes the calves.',
    fix: 'Slide the seat pan back if your chair allows it. If not, put a cushion behind your back to bring you forward.',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'CCOHS-Chair', 'CalOSHA-Chair']
  },
  {
    id: 'feet-supported',
    group: 'chair',
    title: 'Feet flat on the floor or a footrest',
    check: 'Both feet should rest flat, heels and toes down, not dangling or tucked under the chair on tiptoe.',
    why: 'Dangling feet leave your thighs and lower back to hold you up.',
    fix: 'Use a footrest, or a sturdy box, when the seat is right for the desk but your feet don’t reach the floor.',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CCOHS-SP', 'SLDC-HSE']
  },
  {
    id: 'elbows-shoulders',
    group: 'desk',
    title: 'Elbows at about 90°, shoulders relaxed',
    check:
      'Let your upper arms hang close to your sides, from straight down to about 20° forward, with elbows bent to about 90° or a little more (up to 120°). Shoulders should sit low and loose.',
    why: 'Holding your arms up or out keeps the shoulder muscles working all day.',
    fix: 'Change the chair height until your hands reach the keys without lifting your shoulders. Lower or remove armrests that push your shoulders up.',
    mayNotApply: false,
    sources: ['OSHA-GWP', 'CCOHS-SP', 'CalOSHA-16']
  },
  {
    id: 'keyboard-mouse-height',
    group: 'desk',
    title: 'Keyboard and mouse at elbow height, close by',
    check:
      'The middle row of keys should be level with your elbows or slightly lower; a keyboard tray about 2–3 cm (1 in) below the elbow works well. The mouse sits right beside the keyboard at the same height.',
    why: 'Reaching up or forward for the keys or the mouse lifts and tires your arms.',
    fix: 'Use a keyboard tray or a lower surface. Keep the keyboard flat or tilted away from you, never propped up at the back, and bring the mouse in close.',
    mayNotApply: false,
    sources: ['CalOSHA-16', 'OSHA-QT', 'Cornell-DG']
  },
  {
    id: 'straight-wrists',
    group: 'desk',
    title: 'Wrists straight as you type',
    check:
      'Glance at your hands on the keys: your wrists should line up with your forearms, not bend up, down or out to the side.',
    why: 'Bent wrists add strain to the tendons of the forearm.',
    fix: 'Lower the keyboard and let your hands float as you type. Use keyboard shortcuts, and move the mouse to the other hand now and then.',
    mayNotApply: false,
    sources: ['OSHA-eT', 'CCOHS-SP', 'CalOSHA-16', 'OSHA-QT']
  },
  {
    id: 'laptop-setup',
    group: 'desk',
    title: 'Laptop: separate keyboard, raised screen',
    check:
      'If you use a laptop for long stretches, notice whether you look down at its screen or hunch over its keyboard.',
    why: 'A laptop’s screen and keys are joined, so both can’t be at a good height at once.',
    fix: 'Dock it to a full-size screen and keyboard when you can. Otherwise raise it on a stand and add a separate keyboard and mouse.',
    mayNotApply: true,
    sources: ['NIBI-Laptop', 'Cornell-Laptop']
  },
  {
    id: 'phone-headset',
    group: 'desk',
    title: 'Calls without the neck squeeze',
    check: 'Notice whether you hold the phone between your ear and shoulder, and whether it sits within easy reach.',
    why: 'Trapping a phone with your shoulder holds your neck bent to one side.',
    fix: 'Use a headset or the speaker for long calls and keep the phone close. A shoulder rest clipped to the handset is no substitute.',
    mayNotApply: true,
    sources: ['OSHA-Tel', 'UCLA']
  },
  {
    id: 'even-weight',
    group: 'habits',
    title: 'Weight even on both hips',
    check:
      'Sit square to the screen with your weight spread over both sitting bones and both feet, not leaning on one armrest or to one side.',
    why: 'Always leaning the same way asks more of the muscles on one side of the hips and back.',
    fix: 'Sit squared up and facing forward. If you cross your legs, swap which one is on top. When you stand, stand on both feet.',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'NHS-Posture']
  },
  {
    id: 'bag-carrying',
    group: 'habits',
    title: 'Share the load of your bag',
    check: 'Think about your commute: do you carry your bag on the same shoulder, or in the same hand, every day?',
    why: 'Carrying on the same side day after day keeps one side of the back working harder.',
    fix: 'Swap shoulders regularly, or use a backpack with both straps on.',
    mayNotApply: true,
    sources: ['Seed-Uneven']
  },
  {
    id: 'change-position',
    group: 'habits',
    title: 'Get up every 30–50 minutes',
    check:
      'Count how long you sit without a break. Sit no more than about 50 minutes at a time, and try to get up and move about every 30 minutes.',
    why: 'No single position stays comfortable for long; changing it is what helps.',
    fix: 'Let Upright remind you. With a sit-stand desk, try a cycle of about 20 minutes sitting, 8 standing and 2 moving around.',
    mayNotApply: false,
    sources: ['CCOHS-SP', 'CCOHS-SB', 'Mayo-Sit', 'TUC-WS', 'Cornell-SS']
  }
]
