import type { z } from 'zod';
import type { provisionSchema } from './provision-schema';

// Loi du 29 juillet 1881 sur la liberté de la presse. Alinéa numbers follow Légifrance, which counts
// the 1° and 2° of art. 24 as alinéas: hence apology is al. 5 and provocation to hatred al. 7–8, the
// numbering used by the courts and by loi n° 2020-766 (art. 1, struck down).

const year45k = 'taxonomyProvisionPenaltyYear45k';

export const pressProvisions: z.input<typeof provisionSchema>[] = [
  {
    id: 'loi1881-24-al5',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 5',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188124Al5Text',
    maxPenalty: 'taxonomyProvisionLoi188124Al5Penalty',
    grounds: [],
    textSource: 'Art. 24 as amended by loi n° 2017-86 (copy on legirel.cnrs.fr)',
  },
  {
    id: 'loi1881-24-al7',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 7',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188124Al7Text',
    maxPenalty: year45k,
    grounds: ['origin', 'religion'],
    textSource: 'Text quoted on aoudia-avocat.com; penalty also reported by TF1 Info (Nov. 2023)',
  },
  {
    id: 'loi1881-24-al8',
    citation: 'Loi du 29 juillet 1881, art. 24 al. 8',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188124Al8Text',
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: null,
  },
  {
    id: 'loi1881-24bis',
    citation: 'Loi du 29 juillet 1881, art. 24 bis',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188124bisText',
    maxPenalty: year45k,
    grounds: [],
    textSource: 'Légifrance, art. 24 bis (version after décision n° 2016-745 DC)',
  },
  {
    id: 'loi1881-32-al2',
    citation: 'Loi du 29 juillet 1881, art. 32 al. 2',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188132Al2Text',
    maxPenalty: year45k,
    grounds: ['origin', 'religion'],
    textSource: 'Art. 32, version of 24 March 2020 (copy on doctrine.fr)',
  },
  {
    id: 'loi1881-32-al3',
    citation: 'Loi du 29 juillet 1881, art. 32 al. 3',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188132Al3Text',
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: 'Art. 32, version of 24 March 2020 (copy on doctrine.fr)',
  },
  {
    id: 'loi1881-33-al3',
    citation: 'Loi du 29 juillet 1881, art. 33 al. 3',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188133Al3Text',
    maxPenalty: 'taxonomyProvisionLoi188133Al3Penalty',
    grounds: ['origin', 'religion'],
    textSource: 'Légifrance, art. 33, version of 26 Aug. 2021; version of 23 March 2024 on doctrine.fr',
  },
  {
    id: 'loi1881-33-al4',
    citation: 'Loi du 29 juillet 1881, art. 33 al. 4',
    kind: 'offence',
    summary: 'taxonomyProvisionLoi188133Al4Text',
    maxPenalty: year45k,
    grounds: ['sex', 'sexual-orientation', 'gender-identity', 'disability'],
    textSource: 'Légifrance, art. 33, version of 26 Aug. 2021; version of 23 March 2024 on doctrine.fr',
  },
  {
    id: 'loi1881-65-3',
    citation: 'Loi du 29 juillet 1881, art. 65-3',
    kind: 'procedure',
    summary: 'taxonomyProvisionLoi1881653Text',
    maxPenalty: null,
    grounds: [],
    textSource: null,
  },
];
