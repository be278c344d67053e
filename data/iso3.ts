/**
 * ISO 3166-1 codes of every state the datasets name: alpha-3 (our ids) and numeric
 * (the ids of Natural Earth / world-atlas geometry).
 */
export const ISO3 = {
  AFG: 'AFG',
  ARE: 'ARE',
  ARM: 'ARM',
  AZE: 'AZE',
  BHR: 'BHR',
  BLR: 'BLR',
  CHN: 'CHN',
  EGY: 'EGY',
  IND: 'IND',
  IRN: 'IRN',
  KAZ: 'KAZ',
  KGZ: 'KGZ',
  KHM: 'KHM',
  KWT: 'KWT',
  LAO: 'LAO',
  LKA: 'LKA',
  MDV: 'MDV',
  MMR: 'MMR',
  MNG: 'MNG',
  NPL: 'NPL',
  PAK: 'PAK',
  QAT: 'QAT',
  RUS: 'RUS',
  SAU: 'SAU',
  TJK: 'TJK',
  TKM: 'TKM',
  TUR: 'TUR',
  UZB: 'UZB',
} as const;

/** ISO 3166-1 numeric code (as world-atlas spells its feature ids) for each alpha-3 code. */
export const ISO_NUMERIC = {
  AFG: '004',
  ARE: '784',
  ARM: '051',
  AZE: '031',
  BHR: '048',
  BLR: '112',
  CHN: '156',
  EGY: '818',
  IND: '356',
  IRN: '364',
  KAZ: '398',
  KGZ: '417',
  KHM: '116',
  KWT: '414',
  LAO: '418',
  LKA: '144',
  MDV: '462',
  MMR: '104',
  MNG: '496',
  NPL: '524',
  PAK: '586',
  QAT: '634',
  RUS: '643',
  SAU: '682',
  TJK: '762',
  TKM: '795',
  TUR: '792',
  UZB: '860',
} as const satisfies Record<keyof typeof ISO3, string>;

/** ISO 3166-1 alpha-2 code of each state (what `Intl.DisplayNames` names a region by). */
export const ISO_ALPHA2 = {
  AFG: 'AF', ARE: 'AE', ARM: 'AM', AZE: 'AZ', BHR: 'BH', BLR: 'BY', CHN: 'CN', EGY: 'EG', IND: 'IN', IRN: 'IR',
  KAZ: 'KZ', KGZ: 'KG', KHM: 'KH', KWT: 'KW', LAO: 'LA', LKA: 'LK', MDV: 'MV', MMR: 'MM', MNG: 'MN', NPL: 'NP',
  PAK: 'PK', QAT: 'QA', RUS: 'RU', SAU: 'SA', TJK: 'TJ', TKM: 'TM', TUR: 'TR', UZB: 'UZ',
} as const satisfies Record<keyof typeof ISO3, string>;
