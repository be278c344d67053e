/**
 * Source references for the Shanghai Five's first summit (April 1996), cited by both the states'
 * statuses and the milestones: the date as the SCO Charter, Jia Qingguo and the Chinese foreign
 * ministry give it (26 April, or 25 April in the ministry's account).
 */
import type { SourceRef } from './schema';

export const CHARTER_1996: SourceRef = {
  sourceId: 'glostat-sco-charter',
  quote: 'on Strengthening Confidence in the Military Field in the Border Area of April 26, 1996',
};

export const JIA_1996: SourceRef = {
  sourceId: 'jia-2001-shanghai-five',
  quote:
    'The first round of the Shanghai Five took place on April 26, 1996 when the heads of state of China and four other former Soviet states: Russia, Kazakhstan, Kirghizia and Tajikistan met in Shanghai',
};

export const FMPRC_1996: SourceRef = {
  sourceId: 'fmprc-shanghai-five-summits',
  quote:
    "On April 25, 1996, during Russian President Yeltsin's visit to China, Chinese President Jiang Zemin, Russian President Yeltsin, President Nazarbayev of Kazakstan, President Akayev of Kirghistan and President Rakhmonov of Tajikstan met in Shanghai and signed the Agreement on Enhancing Trust in the Military Fields",
};
