import type { DoseRule, Source, SourceKey } from './schema'

/**
 * Where the numbers come from (CONTENT-FACTS section E). `copy` marks text read in a secondary
 * copy of the original page; the seed article is listed only because the bag advice has no
 * authoritative source yet.
 */
export const sources: readonly Source[] = [
  {
    key: 'OSHA-eT',
    title: 'OSHA Computer Workstations eTool (archived)',
    url: 'https://webarchive.library.unt.edu/eot2008/20090115231633/http://www.osha.gov/SLTC/etools/computerworkstations/index.html',
    kind: 'guideline'
  },
  {
    key: 'OSHA-GWP',
    title: 'OSHA good working positions (text on CDC PHIL)',
    url: 'https://phil.cdc.gov/Details.aspx?pid=13756',
    kind: 'guideline'
  },
  {
    key: 'OSHA-QT',
    title: 'Summary of the OSHA computer workstation checklist',
    url: 'http://www.elinfonet.com/workipedia/computer-workstations',
    kind: 'copy'
  },
  {
    key: 'OSHA-Tel',
    title: 'OSHA eTool: telephones',
    url: 'https://www.osha.gov/etools/computer-workstations/components/telephones',
    kind: 'guideline'
  },
  {
    key: 'OSHA-Env',
    title: 'OSHA eTool: workstation environment',
    kind: 'guideline',
    note: 'Text found by search; the page address was not captured.'
  },
  {
    key: 'CalOSHA-26',
    title: 'Cal/OSHA: Easy ergonomics for desktop computer users, p. 26',
    url: 'http://www.dir.ca.gov/dosh/dosh_publications/page26.html',
    kind: 'guideline'
  },
  {
    key: 'CalOSHA-16',
    title: 'Cal/OSHA: Easy ergonomics for desktop computer users, p. 16',
    url: 'http://www.dir.ca.gov/dosh/dosh_publications/page16.html',
    kind: 'guideline'
  },
  {
    key: 'CalOSHA-Chair',
    title: 'Cal/OSHA Consultation chair advice, as quoted by Paul Hastings',
    url: 'https://www.paulhastings.com/insights/benefits-bulletin/blog-chair-ergonomics',
    kind: 'copy'
  },
  {
    key: 'CCOHS-SP',
    title: 'CCOHS: Working in a sitting position – good body position',
    url: 'https://ccohs.ca/oshanswers/ergonomics/sitting/sitting_position.html',
    kind: 'guideline'
  },
  {
    key: 'CCOHS-SB',
    title: 'CCOHS: Working in a sitting position – basic information',
    url: 'https://www.ccohs.ca/oshanswers/ergonomics/sitting/sitting_basic.html',
    kind: 'guideline'
  },
  {
    key: 'CCOHS-MP',
    title: 'CCOHS: Positioning the monitor',
    url: 'http://www.ccohs.org/oshanswers/ergonomics/office/monitor_positioning.html',
    kind: 'guideline'
  },
  {
    key: 'CCOHS-Chair',
    title: 'CCOHS chair advice, as quoted by Practical Betterments',
    url: 'https://practicalbetterments.com/adjust-your-office-chair',
    kind: 'copy'
  },
  {
    key: 'HSE-FAQ',
    title: 'UK HSE: Display screen equipment – breaks FAQ',
    url: 'https://www.hse.gov.uk/contact/faqs/vdubreaks.htm',
    kind: 'guideline'
  },
  {
    key: 'LRD',
    title: 'LRD Publications on HSE display screen guidance (L26)',
    url: 'https://www.lrdpublications.org.uk/publications.php?id=idp248816&iss=1880&pub=bk',
    kind: 'copy'
  },
  {
    key: 'NIBI',
    title: 'NI Business Info: Computer health and safety – task design and rest breaks',
    url: 'https://www.nibusinessinfo.co.uk/content/computer-health-and-safety-task-design-and-rest-breaks',
    kind: 'guideline'
  },
  {
    key: 'NIBI-Laptop',
    title: 'NI Business Info: Laptop health and safety',
    url: 'https://nibusinessinfo.co.uk./content/laptop-health-and-safety',
    kind: 'guideline'
  },
  {
    key: 'SLDC-HSE',
    title: 'South Lakeland District Council: DSE workstation set-up (HSE-based)',
    url: 'http://www.southlakeland.gov.uk/services/community/food-safety/health-and-safety/health-and-safety-advice/dse-workstation-set-up---12-po.aspx',
    kind: 'guideline'
  },
  {
    key: 'RMM-HSE',
    title: 'Risk Management Manual: display screen equipment (HSE-based)',
    url: 'https://rmmonline.co.uk/manual/c19-fea-0020',
    kind: 'copy'
  },
  {
    key: 'TUC-WS',
    title: 'TUC WorkSmart: How should I adjust my workstation?',
    url: 'https://worksmart.org.uk/health-advice/illnesses-and-injuries/work-illnesses/rsi/how-should-i-adjust-my-workstation',
    kind: 'guideline'
  },
  {
    key: 'Cornell-SS',
    title: 'Cornell University Ergonomics: sit-stand programs',
    url: 'https://ergo.human.cornell.edu/CUESitStandPrograms.html',
    kind: 'guideline'
  },
  {
    key: 'Cornell-DG',
    title: 'Cornell University Ergonomics: workstation design guide',
    url: 'https://ergo.human.cornell.edu/ergodesignguide.htm',
    kind: 'guideline'
  },
  {
    key: 'Cornell-Laptop',
    title: 'Cornell laptop advice, as quoted by Suite101',
    url: 'http://computeraccessories.suite101.com/article.cfm/desks_for_comfortable_computer_use',
    kind: 'copy'
  },
  {
    key: 'AOA',
    title: 'American Optometric Association screen-viewing advice, as quoted by Vitamin Retailer',
    url: 'https://vitaminretailer.com/vision-health-and-computer-viewing',
    kind: 'copy'
  },
  {
    key: 'AAO',
    title: 'American Academy of Ophthalmology home-office eye advice (press release)',
    url: 'https://www.prnewswire.com/news-releases/looks-like-the-home-office-is-here-to-stay-heres-how-to-protect-your-eyes-301244952.html',
    kind: 'copy'
  },
  {
    key: 'UCLA',
    title: 'UCLA Health: Monitors, documents and phones',
    url: 'https://www.uclahealth.org/safety/ergonomics/office-ergonomics/monitors-documents-and-phones',
    kind: 'guideline'
  },
  {
    key: 'Mayo-Sit',
    title: 'Mayo Clinic Health System: Sitting stretches',
    url: 'https://communityhealth.mayoclinic.org/featured-stories/sitting-stretches',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Office',
    title: 'Mayo Clinic: Office stretches (slide show)',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/adult-health/multimedia/stretching/sls-20076525?s=7',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Sh',
    title: 'Mayo Clinic: Shoulder stretches',
    url: 'http://www.mayoclinic.com/health/shoulder-stretches/MM00710',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Basic',
    title: 'Mayo Clinic: A guide to basic stretches (syndicated copy)',
    url: 'https://www.hancockhealth.org/de/mayo-health-library/a-guide-to-basic-stretches',
    kind: 'copy'
  },
  {
    key: 'Mayo-BD',
    title: 'Mayo Clinic: Build core strength with the bird dog',
    url: 'https://mayoclinic.org/connected-care/build-core-strength-as-you-balance-in-bird-dog/vid-20307388',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Back',
    title: 'Mayo Clinic: Back pain – symptoms and causes (via copies)',
    url: 'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
    kind: 'copy'
  },
  {
    key: 'NHS-LBP',
    title: 'NHS: Exercises for lower back pain (via copies)',
    url: 'https://www.nhs.uk/live-well/exercise/lower-back-pain-exercises/',
    kind: 'copy'
  },
  {
    key: 'NHS-Back',
    title: 'NHS: Back pain (via copies)',
    url: 'https://www.nhs.uk/conditions/back-pain/',
    kind: 'copy'
  },
  {
    key: 'NHS-Neck',
    title: 'NHS: Neck pain (pharmacy copy)',
    url: 'https://castlegate-pharmacy.com/condition/neck-pain-and-stiff-neck',
    kind: 'copy'
  },
  {
    key: 'NHS-Posture',
    title: 'NHS posture advice (copy)',
    url: 'https://healthwell.eani.org.uk/node/3374?type_1=2',
    kind: 'copy'
  },
  {
    key: 'NHS-Sit',
    title: 'HSE Ireland: Sitting exercises (NHS-based)',
    url: 'https://www2.hse.ie/living-well/exercise/indoor-exercises/sitting-exercises',
    kind: 'guideline'
  },
  {
    key: 'HSE-IE-Balance',
    title: 'HSE Ireland: Balance exercises',
    url: 'https://www2.hse.ie/living-well/exercise/indoor-exercises/balance-exercises',
    kind: 'guideline'
  },
  {
    key: 'NHS-Flex',
    title: 'NHS flexibility exercises (copy)',
    url: 'https://ip-live-in-care.co.uk/fallflipbook/inc/html/14.html',
    kind: 'copy'
  },
  {
    key: 'NHS-Str',
    title: 'NHS strength exercises (copy)',
    url: 'https://healthfitnessrevolution.com/strength-exercises-older-people',
    kind: 'copy'
  },
  {
    key: 'NHS-Tayside',
    title: 'NHS Tayside: Exercises to try at home',
    url: 'https://rightdecisions.scot.nhs.uk/being-a-partner-in-my-care-realistic-medicine-together/local-resources/nhs-tayside/exercises-to-try-at-home',
    kind: 'guideline'
  },
  {
    key: 'NHSinform-Back',
    title: 'NHS inform: Exercises for back pain',
    url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
    kind: 'guideline'
  },
  {
    key: 'VA',
    title: 'Versus Arthritis: Exercises for the back',
    url: 'https://www.versusarthritis.org/about-arthritis/exercising-with-arthritis/exercises-for-healthy-joints/exercises-for-the-back/',
    kind: 'clinic'
  },
  {
    key: 'ARUK-Neck',
    title: 'Arthritis Research UK: Neck exercise sheet (copy)',
    url: 'https://www.scribd.com/document/486735418/4-neck-pain-pdf',
    kind: 'copy'
  },
  {
    key: 'SIRA-NSW',
    title: 'SIRA NSW: Neck exercises while sitting',
    url: 'https://www.sira.nsw.gov.au/resources-library/motor-accident-resources/publications/injury-advice-centre/whiplash-neck-exercises/exercises-while-sitting',
    kind: 'guideline'
  },
  {
    key: 'Healthwise',
    title: 'Healthwise (CommonSpirit): Neck stretch to the side (upper trapezius stretch)',
    url: 'https://www.commonspirit.org/conditions-treatments/neck-stretch-to-the-side-upper-trap-stretch',
    kind: 'clinic'
  },
  {
    key: 'CSP',
    title: 'Chartered Society of Physiotherapy workplace fitness advice (copy)',
    url: 'http://physiologichythe.co.uk/keeping-fit-workplace/',
    kind: 'copy'
  },
  {
    key: 'McLean-2001',
    title: 'McLean et al. 2001, Applied Ergonomics 32(3):225–37 – computer work microbreaks',
    url: 'https://doi.org/10.1016/s0003-6870(00)00071-5',
    kind: 'study'
  },
  {
    key: 'Galinsky-2000',
    title: 'Galinsky et al. 2000 (NIOSH) – supplementary breaks for data-entry work',
    url: 'https://www.cdc.gov/niosh/nioshtic-2/20020675.html',
    kind: 'study'
  },
  {
    key: 'Galinsky-2007',
    title: 'Galinsky et al. 2007, Am J Ind Med 50(7):519–27 – extra screen breaks (TUC summary)',
    url: 'https://www.tuc.org.uk/research-analysis/reports/extra-screen-breaks-are-healthy-and-productive',
    kind: 'study'
  },
  {
    key: 'Henning-1997',
    title: 'Henning et al. 1997, Ergonomics 40(1) – frequent short breaks with stretching',
    kind: 'study',
    note: 'Read as a library-catalogue abstract.'
  },
  {
    key: 'NICE-NG59',
    title: 'NICE NG59: Low back pain and sciatica in over 16s',
    url: 'https://www.nice.org.uk/guidance/ng59',
    kind: 'guideline'
  },
  {
    key: 'G-Care',
    title: 'Gloucestershire G-Care: low back pain red flags (NICE CKS)',
    url: 'https://g-care.glos.nhs.uk/pathway/71/resource/3',
    kind: 'guideline'
  },
  {
    key: 'KCE',
    title: 'KCE report: Non-specific neck pain (quoting NICE CKS)',
    url: 'https://yumpu.com/en/document/view/19053672/non-specific-neck-pain-diagnosis-and-treatment-kce/16',
    kind: 'copy'
  },
  {
    key: 'FDA-Wellness',
    title: 'FDA: General Wellness – Policy for Low Risk Devices',
    url: 'https://www.fda.gov/media/90652/download',
    kind: 'guideline'
  },
  {
    key: 'KS-FDA',
    title: 'King & Spalding: FDA updates general wellness and CDS guidance',
    url: 'https://www.kslaw.com/news-and-insights/fda-updates-general-wellness-and-clinical-decision-support-guidance-documents',
    kind: 'commentary'
  },
  {
    key: 'FDA-Disclaimer-Note',
    title: 'Commentary: what wellness companies can and cannot do under the 2026 guidance',
    url: 'https://fdaatty.com/fda-general-wellness-guidance-2026-what-wearable-and-digital-health-companies-can-and-cant-do-now/',
    kind: 'commentary'
  },
  {
    key: 'FDA-HCP-Note',
    title: 'Commentary: healthcare-professional notices in wellness products',
    url: 'https://digitalhealthconsult.com/?p=625',
    kind: 'commentary'
  },
  {
    key: 'Seed-Uneven',
    title: 'Seed article: How to fix uneven back muscles and restore balance',
    kind: 'seed',
    note: 'Not authoritative; cited only where no guideline was found.'
  },
  {
    key: 'Mayo-BridgeHD',
    title: 'Mayo Clinic: Bridge position (image with instructions)',
    url: 'https://www.mayoclinic.org/diseases-conditions/herniated-disk/multimedia/bridge-position/img-20008721',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Core',
    title: 'Mayo Clinic core-strength exercises (2006 copy)',
    url: 'https://docest.com/core-exercises-excerpted-on-8-21-06-from',
    kind: 'copy'
  },
  {
    key: 'Mayo-CoreEx',
    title: 'Mayo Clinic: Core exercises (older mayoclinic.com page)',
    url: 'http://www.mayoclinic.com/health/core-exercises/SM00071',
    kind: 'clinic'
  },
  {
    key: 'VA-Hips',
    title: 'Versus Arthritis: Exercises for the hips',
    url: 'https://www.versusarthritis.org/about-arthritis/exercising-with-arthritis/exercises-for-healthy-joints/exercises-for-the-hips/',
    kind: 'clinic'
  },
  {
    key: 'CUH-Back',
    title: 'Cambridge University Hospitals NHS: Back mobility exercises',
    url: 'https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/',
    kind: 'clinic'
  },
  {
    key: 'CUH-Gen',
    title: 'Cambridge University Hospitals NHS: General exercises',
    url: 'https://www.cuh.nhs.uk/patient-information/general-exercises/',
    kind: 'clinic'
  },
  {
    key: 'NHS-Preg',
    title: 'NHS advice on exercise in pregnancy (copy)',
    url: 'https://www.dailymail.co.uk/health/fb-7410173/amp/HOW-FIT-PREGNANCY.html',
    kind: 'copy'
  },
  {
    key: 'KP-Finger',
    title: 'Kaiser Permanente (Healthwise): Finger exercises',
    url: 'https://healthy.kaiserpermanente.org/health-wellness/health-encyclopedia/he.finger-exercises.bo1571',
    kind: 'clinic'
  },
  {
    key: 'UHSussex',
    title: 'University Hospitals Sussex NHS: Range of movement hand exercises',
    url: 'https://www.uhsussex.nhs.uk/resources/range-of-movement-hand-exercises/',
    kind: 'clinic'
  },
  {
    key: 'CCOHS-Str',
    title: 'CCOHS: Office ergonomics – stretching at the workstation',
    url: 'https://www.ccohs.ca/oshanswers/ergonomics/office/stretching.html',
    kind: 'guideline'
  },
  {
    key: 'Lifespan-ASHT',
    title: 'Lifespan: Stretches for hands and arms (American Society of Hand Therapists)',
    url: 'http://www.lifespan.org/services/rehabilitation/services/hand-and-upper-extremity-therapy/articles/stretches-for-hands-and-arms.html',
    kind: 'clinic'
  },
  {
    key: 'CalOSHA-35',
    title: 'Cal/OSHA: Easy ergonomics for desktop computer users, p. 35',
    url: 'http://www.dir.ca.gov/dosh/dosh_publications/page35.html',
    kind: 'guideline'
  },
  {
    key: 'Cornell-Guide',
    title: 'Cornell University Ergonomics: ergonomic guidelines for computer users',
    url: 'http://ergo.human.cornell.edu/ergoguide.html',
    kind: 'guideline'
  },
  {
    key: 'Mayo-CTS',
    title: 'Mayo Clinic: Carpal tunnel syndrome – prevention',
    url: 'http://www.mayoclinic.com/health/carpal-tunnel-syndrome/DS00326/DSECTION=prevention',
    kind: 'clinic'
  },
  {
    key: 'NHS-RSI',
    title: 'NHS Direct Wales: Repetitive strain injury',
    url: 'http://www.nhsdirect.wales.nhs.uk/encyclopaedia/a/article/Anafstraenailadroddus/',
    kind: 'copy'
  },
  {
    key: 'HSE-MSD-FAQ',
    title: 'UK HSE display screen FAQ on musculoskeletal problems (quoted)',
    url: 'https://onsafelines.blogspot.com/2011/10/faqs-musculoskeletal-disorders-display.html',
    kind: 'copy'
  },
  {
    key: 'Buckley-2015',
    title: 'Buckley et al. 2015, Br J Sports Med 49(21):1357–62 – expert statement on sedentary office work',
    url: 'https://doi.org/10.1136/bjsports-2015-094618',
    kind: 'study'
  },
  {
    key: 'Dunstan-2012',
    title: 'Dunstan et al. 2012, Diabetes Care 35(5):976–83 – breaking up sitting with 2-minute walks',
    url: 'https://doi.org/10.2337/dc11-1931',
    kind: 'study'
  },
  {
    key: 'Bailey-Locke-2015',
    title: 'Bailey & Locke 2015, J Sci Med Sport 18(3):294–8 – walking versus standing breaks',
    url: 'https://uobrep.openrepository.com/handle/10547/132225/browse?type=subject&value=blood+glucose',
    kind: 'study'
  },
  {
    key: 'Henson-2016',
    title: 'Henson et al. 2016, Diabetes Care 39(1):130 – 5 minutes of standing or walking every 30 minutes',
    url: 'https://doi.org/10.2337/dc15-1240',
    kind: 'study'
  },
  {
    key: 'Mayo-Stretch',
    title: 'Mayo Clinic: Stretching – focus on flexibility',
    url: 'https://www.mayoclinic.org/healthy-lifestyle/fitness/basics/stretching-and-flexibility/hlv-20049447',
    kind: 'clinic'
  },
  {
    key: 'NHSinform-WU',
    title: 'NHS inform: Warm-up and cool-down',
    url: 'https://www.nhsinform.scot/healthy-living/keeping-active/before-and-after-exercise/warm-up-and-cool-down/',
    kind: 'guideline'
  },
  {
    key: 'AAO-PR',
    title: 'American Academy of Ophthalmology press release on home-office eye strain (10 Mar 2021)',
    url: 'https://www.prnewswire.com/news-releases/looks-like-the-home-office-is-here-to-stay-heres-how-to-protect-your-eyes-301244952.html',
    kind: 'guideline'
  },
  {
    key: 'Mayo-Back2015',
    title: 'Mayo Clinic: Back pain – when to see a doctor (2015 text, copy)',
    url: 'http://www.fortishealthcare.com/india/diseases/back-pain-98',
    kind: 'copy'
  },
  {
    key: 'Mayo-Neck2012',
    title: 'Mayo Clinic: Neck pain – when to see a doctor (2012)',
    url: 'http://www.mayoclinic.org/symptoms/neck-pain/basics/when-to-see-doctor/sym-20050882',
    kind: 'clinic'
  },
  {
    key: 'Mayo-Neck',
    title: 'Mayo Clinic: Neck pain (current text, copy)',
    url: 'https://hticenters.com/en/news/353/what-causes-neck-pain-',
    kind: 'copy'
  },
  {
    key: 'Sheffield-Neck',
    title: 'Sheffield Aches and Pains (NHS Sheffield MSK): Neck pain',
    url: 'https://sheffieldachesandpains.com/conditions/neck-pain',
    kind: 'clinic'
  },
  {
    key: 'MPFT-Neck',
    title: 'Midlands Partnership NHS Foundation Trust MSK: Neck self-help',
    url: 'https://mpft.nhs.uk/services/msk/self-help/neck',
    kind: 'clinic'
  },
  {
    key: 'NHS-Chest',
    title: 'HSE Ireland: Chest pain (NHS-derived text)',
    url: 'https://www2.hse.ie/conditions/chest-pain',
    kind: 'guideline'
  },
  {
    key: 'GPonline',
    title: 'GPonline: Neck pain red-flag symptoms',
    url: 'https://www.gponline.com/neck-pain-red-flag-symptoms/pain/article/1149841',
    kind: 'commentary'
  }
]

/** Used where a source gives no dose of its own (CONTENT-FACTS section B). */
export const doseRules: readonly DoseRule[] = [
  {
    key: 'G1',
    sourceKey: 'Mayo-Basic',
    summary: 'Hold about 30 s, 2–4 repetitions per side, no bouncing; pain means you have gone too far.'
  },
  {
    key: 'G2',
    sourceKey: 'Mayo-Sit',
    summary: 'Hold each stretch 15–30 s; get up about every 30 minutes.'
  },
  {
    key: 'G3',
    sourceKey: 'NHSinform-Back',
    summary: 'Start at 5 repetitions, 3 times a day, adding 1–2 every few days; stop if symptoms get worse.'
  },
  {
    key: 'G4',
    sourceKey: 'NHS-LBP',
    summary: 'Daily, 8–10 repetitions; see a doctor if the exercises cause severe pain.'
  }
]

export function findSource(key: SourceKey): Source | undefined {
  return sources.find((source) => source.key === key)
}
