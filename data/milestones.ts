/**
 * The timeline: the documents, institutions and summits of SCO security cooperation (and of the
 * Shanghai Five it grew out of), and every change of membership. Only SCO documents and bodies
 * belong here: another state's strategy or a bilateral agreement outside the SCO does not.
 *
 * For a document, `date` is its signing and `inForce` its entry into force where a source gives
 * it. Dates are as precise as the sources; a place or the signatories appear only where a source
 * gives them. Documents named without any date (the Development Strategy until 2025, the
 * Agreement on the RATS Database and others) cannot be placed on a timeline and are left out.
 */
import type { Milestone, SourceRef } from './schema';
import { CHARTER_1996, FMPRC_1996, JIA_1996 } from './shanghaiFiveRefs';
import { SEED } from './sources/seed';

const seed = (quote: string): SourceRef => ({ sourceId: SEED, quote });

const SEED_BORDER_AGREEMENTS = seed(
  'Two crucial documents, the Agreement on Confidence Building in the Military Field in the Border Area (1996) and the Agreement on Mutual Reduction of Military Forces in the Border Areas (1997) signed by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, are of great significance.',
);
const CHARTER_1997: SourceRef = {
  sourceId: 'glostat-sco-charter',
  quote: 'on Mutual Reductions of Armed Forces in the Border Area of April 24, 1997',
};
const FMPRC_1997: SourceRef = {
  sourceId: 'fmprc-shanghai-five-summits',
  quote:
    "On April, 24, 1997 during President Jiang's visit to Russia, the heads of state of the five countries met in Moscow and signed the Agreement on Mutual Reduction of Military Forces along the Border Areas.",
};
const FMPRC_FOUR_SUMMITS: SourceRef = {
  sourceId: 'fmprc-shanghai-five-summits',
  quote:
    'Between 1996-1999, leaders of China, Russia and Kakakstan, Kirghistan and Tajikstan in Central Asia had four meetings respectively in Shanghai, Moscow, Alma-Ata and Bishkek.',
};
const SHANGHAI_1996_CLAIMS = [
  { field: 'date', value: '1996-04-26 (date of the Shanghai agreement in the SCO Charter)', source: CHARTER_1996 },
  { field: 'date', value: '1996-04-26', source: JIA_1996 },
  { field: 'date', value: '1996-04-25 (Chinese foreign ministry)', source: FMPRC_1996 },
];
const FOUNDED_2001: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote:
    'The Shanghai Co-operation Organisation was founded on June 15 2001 by the leaders of Kazakhstan, Kyrgyzstan, China, Russia, Tajikistan and Uzbekistan.',
};
const SECTSCO_2001: SourceRef = {
  sourceId: 'sectsco-about-sco',
  quote:
    "the establishment of which was announced on June 15, 2001 in Shanghai by the Republic of Kazakhstan, the People's Republic of China, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan, the Republic of Uzbekistan",
};
const KREMLIN_2001: SourceRef = {
  sourceId: 'kremlin-2001-sco-founding',
  quote:
    'the heads of six states – China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan – signed a declaration on the establishment of the Shanghai Cooperation Organisation.',
};
const SECTSCO_CHARTER: SourceRef = {
  sourceId: 'sectsco-about-sco',
  quote:
    'In June 2002, the Charter of the Shanghai Cooperation Organization was signed at a meeting of the Council of Heads of State in St. Petersburg, on September 19, 2003 entered into force.',
};
const CHARTER_DATE: SourceRef = {
  sourceId: 'worldjpn-2009-convention-against-terrorism',
  quote: 'the Charter of Shanghai Cooperation Organization of June 7, 2002',
};
const JOINED_2017_2023: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote: 'On June 9 2017, India and Pakistan joined the association on equal rights, and Iran joined on July 4 2023.',
};
const SECTSCO_2017: SourceRef = {
  sourceId: 'sectsco-about-sco',
  quote:
    'On June 8-9, 2017, Astana hosted a historic meeting of the Council of Heads of States of the Shanghai Cooperation Organization, during which the status of a member State of the Organization was granted to the Republic of India and the Islamic Republic of Pakistan.',
};
const SEED_2017 = seed('In June 2017, with the accession of India and Pakistan, the number of SCO member states increased to eight.');
const UFA_2015: SourceRef = {
  sourceId: 'rferl-2015-ufa-summit',
  quote: 'Azerbaijan, Armenia, Cambodia, and Nepal are joining the SCO family as dialogue partners.',
};
const XINHUA_SAMARKAND: SourceRef = {
  sourceId: 'peoplecn-2022-samarkand-summit',
  locator: 'Xinhua report of the 22nd Council of Heads of State, 16 September 2022',
};
const DUSHANBE_2021_PARTNERS: SourceRef = {
  sourceId: 'tass-2021-khakimov-dushanbe-decisions',
  quote:
    'In my view, major decisions are the decision to start the procedure for Iran’s accession and grant the dialogue partner status to Egypt, Qatar and Saudi Arabia.',
};
const GOA_2023: SourceRef = {
  sourceId: 'financialexpress-2023-goa-dialogue-partners',
  quote: 'Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners.',
};
const TIANJIN: SourceRef = {
  sourceId: 'tass-2025-tianjin-partner-category',
  quote:
    'A decision was made to unify the SCO observer states and dialogue partners into a single category of SCO partners. We also decided to welcome Laos as a new partner, thereby expanding the SCO family.',
};
const TIANJIN_CENTRES: SourceRef = {
  sourceId: 'tass-2025-tianjin-security-centres',
  quote:
    'Member States signed the Agreement on the Universal Centre for Countering Challenges and Threats to the Security of SCO Member States and the Agreement on the SCO Anti-Drug Centre.',
};
const PUTIN_TIANJIN_CENTRES: SourceRef = {
  sourceId: 'tass-2025-putin-tianjin-centres',
  quote:
    'which establish a universal SCO center in the Uzbek capital of Tashkent, designed to respond to the entire range of the current challenges and threats, and an anti-drug center in the Tajik capital of Dushanbe',
};
const ASTANA_2024_DOCUMENTS = 'inform-2024-astana-summit-documents';

const SHANGHAI_FIVE = ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK'] as const;
const FOUNDERS = ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'] as const;

export const milestones = [
  // ==== The Shanghai Five, 1996–1999 ==========================================================
  {
    id: 'shanghai-five-formed-1996',
    date: '1996-04-26',
    title: 'The Shanghai Five meet for the first time',
    kind: 'membership',
    place: 'Shanghai',
    summary:
      'China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan hold the meeting later counted as the first Shanghai Five summit, the group the SCO grew out of.',
    sources: [JIA_1996, CHARTER_1996, FMPRC_1996],
    confidence: 'conflicting',
    claims: SHANGHAI_1996_CLAIMS,
    note: 'The SCO Charter dates the Shanghai agreement to 26 April 1996; a Chinese foreign ministry page gives 25 April.',
  },
  {
    id: 'border-confidence-agreement-1996',
    date: '1996-04-26',
    title: 'Agreement on Confidence Building in the Military Field in the Border Area',
    kind: 'document',
    place: 'Shanghai',
    signatories: [...SHANGHAI_FIVE],
    summary: 'The five neighbours agree measures to build military trust along their shared borders.',
    sources: [SEED_BORDER_AGREEMENTS, CHARTER_1996, FMPRC_1996],
    confidence: 'conflicting',
    claims: SHANGHAI_1996_CLAIMS,
    note: 'The Charter calls it the agreement on strengthening confidence in the military field in the border area; the Chinese foreign ministry, the Agreement on Enhancing Trust in the Military Fields.',
  },
  {
    id: 'border-forces-reduction-agreement-1997',
    date: '1997-04-24',
    title: 'Agreement on Mutual Reduction of Military Forces in the Border Areas',
    kind: 'document',
    place: 'Moscow',
    signatories: [...SHANGHAI_FIVE],
    summary: 'At their second summit the five agree to cut the forces they keep near their common borders.',
    sources: [SEED_BORDER_AGREEMENTS, FMPRC_1997, CHARTER_1997],
    confidence: 'sourced',
  },
  {
    id: 'shanghai-five-almaty-summit-1998',
    date: '1998-07-03',
    title: 'Third Shanghai Five summit',
    kind: 'summit',
    place: 'Almaty',
    summary: 'The five meet in Almaty and adopt a joint statement.',
    sources: [
      { sourceId: 'worldjpn-2001-shanghai-convention', quote: 'the Almaty Joint Statement of July 3, 1998' },
      FMPRC_FOUR_SUMMITS,
    ],
    confidence: 'sourced',
  },
  {
    id: 'shanghai-five-bishkek-summit-1999',
    date: '1999-08-25',
    title: 'Fourth Shanghai Five summit',
    kind: 'summit',
    place: 'Bishkek',
    summary: 'The five meet in Bishkek and sign the Bishkek Declaration.',
    sources: [
      { sourceId: 'worldjpn-2001-shanghai-convention', quote: 'the Bishkek Declaration of August 25, 1999' },
      FMPRC_FOUR_SUMMITS,
    ],
    confidence: 'sourced',
    note: 'Dated by the Bishkek Declaration it adopted.',
  },

  // ==== Founding, 2001–2004 ===================================================================
  {
    id: 'sco-founded-2001',
    date: '2001-06-15',
    title: 'The SCO is founded, with Uzbekistan as its sixth member',
    kind: 'membership',
    place: 'Shanghai',
    summary: 'Uzbekistan joins the five on equal terms and the six found the Shanghai Cooperation Organisation.',
    sources: [seed('In 2001, Uzbekistan joined with equal status, and the SCO was established.'), FOUNDED_2001, SECTSCO_2001],
    confidence: 'sourced',
  },
  {
    id: 'sco-establishment-declaration-2001',
    date: '2001-06-15',
    title: 'Declaration on the Establishment of the SCO',
    kind: 'document',
    place: 'Shanghai',
    signatories: [...FOUNDERS],
    summary: 'The founding declaration makes regional peace, security and stability one of the new organisation’s aims.',
    sources: [
      seed(
        'The Declaration on the Establishment of the SCO, signed by China, Russia and other SCO member states in June 2001, stresses',
      ),
      KREMLIN_2001,
    ],
    confidence: 'sourced',
  },
  {
    id: 'shanghai-convention-2001',
    date: '2001-06-15',
    inForce: '2003-03-29',
    title: 'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
    kind: 'document',
    place: 'Shanghai',
    signatories: [...FOUNDERS],
    summary: 'Defines terrorism, separatism and extremism in law and sets out how the members cooperate against them.',
    sources: [
      seed(
        'The Shanghai Convention on Combating Terrorism, Separatism and Extremism signed in June 2001 makes a clear legal definition of terrorism, separatism, and extremism.',
      ),
      { sourceId: 'worldjpn-2001-shanghai-convention', locator: 'heading of the text: place Shanghai, date June 15, 2001' },
      {
        sourceId: 'kremlin-2001-sco-founding',
        quote: 'The member-countries also signed the Shanghai Convention on Combating Terrorism, Separatism and Extremism',
      },
      { sourceId: 'unodc-shanghai-convention-status', quote: 'The Convention entered into force on 29.03.2003.' },
    ],
    confidence: 'sourced',
  },
  {
    id: 'emergency-response-principle-2002',
    date: '2002-01-07',
    title: 'Foreign ministers adopt a principle for responding to emergencies',
    kind: 'institution',
    summary:
      'Two or more foreign ministers can now call an emergency meeting of all the members’ foreign ministers to coordinate a response.',
    sources: [seed('On January 7, 2002, the meeting of foreign ministers of SCO member states adopted a principle for emergency response.')],
    confidence: 'seed',
  },
  {
    id: 'rats-agreement-2002',
    date: '2002-06-07',
    title: 'Agreement on the Regional Anti-Terrorist Structure',
    kind: 'document',
    place: 'St Petersburg',
    summary: 'Sets out the purpose, tasks, status and principles of the RATS and the immunities of its staff.',
    sources: [
      seed(
        'The Agreement on Regional Anti-terrorist Structure between the Member States of the SCO, signed in June 2002, elaborates on the purposes, missions, status, and principles of the Regional Anti-terrorist Structure, as well as the privileges and immunities of its staff.',
      ),
      { sourceId: 'panor-rats-interaction-methodology', locator: 'introduction: agreement signed in St Petersburg on 7 June 2002' },
      {
        sourceId: 'inform-2024-rats-universal-centre',
        quote:
          'The Agreement on establishment of the Regional Anti-Terrorist Structure designated as a permanent body of the SCO was signed during a meeting of the Council of Heads of State of the SCO Member States on June 7, 2002, in St. Petersburg.',
      },
    ],
    confidence: 'sourced',
    note: 'Its entry into force was not found in the sources read.',
  },
  {
    id: 'sco-charter-2002',
    date: '2002-06-07',
    inForce: '2003-09-19',
    title: 'Charter of the Shanghai Cooperation Organisation',
    kind: 'document',
    place: 'St Petersburg',
    signatories: [...FOUNDERS],
    summary: 'The founding treaty sets out the organisation’s aims, among them joint action against terrorism, separatism and extremism.',
    sources: [SECTSCO_CHARTER, CHARTER_DATE, seed('The SCO Charter further indicates that the primary goals and tasks of the SCO are')],
    confidence: 'sourced',
  },
  {
    id: 'law-enforcement-military-meetings-2004',
    date: '2004',
    title: 'Regular meetings of law-enforcement and military agencies begin',
    kind: 'institution',
    summary:
      'Security council secretaries, interior and defence ministers, prosecutors and others begin to meet regularly at their own level.',
    sources: [seed('Since 2004, the SCO member states have held regular meetings between their law enforcement and military agencies.')],
    confidence: 'seed',
  },
  {
    id: 'anti-drug-agreement-2004',
    date: '2004',
    title: 'Agreement on Cooperation in Combating Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and Their Precursors',
    kind: 'document',
    summary: 'Lays down the direction, content and methods of the members’ joint work against drug trafficking.',
    sources: [
      seed(
        'The Agreement between the SCO Member States on Cooperation in Combating Illicit Trafficking in Narcotic Drugs, Psychotropic Substances and Their Precursors signed in 2004 determines the direction, specific content and methods of antidrug cooperation, promoting practical plans for anti-drug cooperation.',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'tashkent-declaration-2004',
    date: '2004',
    title: 'Tashkent Declaration of the Heads of the Member States',
    kind: 'document',
    place: 'Tashkent',
    summary: 'The heads of state call for meeting terrorism and regional conflicts multilaterally under UN leadership.',
    sources: [seed('The 2004 Tashkent Declaration by the Heads of the Member States of the SCO emphasized that')],
    confidence: 'seed',
  },
  {
    id: 'rats-established-2004',
    date: '2004-06',
    title: 'Regional Anti-Terrorist Structure formally established',
    kind: 'institution',
    summary:
      'The permanent counter-terrorism body, with a Council and an Executive Committee, starts work: liaison, intelligence and a shared database.',
    sources: [seed('The Regional Anti-terrorist Structure of the SCO was formally established in June 2004.')],
    confidence: 'seed',
  },
  {
    id: 'mongolia-observer-2004',
    date: '2004-06',
    title: 'Mongolia becomes the first observer',
    kind: 'membership',
    place: 'Tashkent',
    summary: 'Mongolia is the first state to receive observer status.',
    sources: [
      {
        sourceId: 'inform-2017-mongolia-president-astana',
        quote: 'Mongolia was the first country to be granted observer status at the Tashkent Summit back in 2004.',
      },
      {
        sourceId: 'chinaorg-2004-tashkent-summit',
        quote:
          'Leaders attending the fourth summit of the Shanghai Cooperation Organization (SCO) in Tashkent, capital of Uzbekistan vowed Thursday',
      },
    ],
    confidence: 'sourced',
  },

  // ==== 2005–2012 ============================================================================
  {
    id: 'counter-terrorism-concept-2005',
    date: '2005-07-05',
    title: 'Concept of SCO Member States to Combat Terrorism, Separatism and Extremism',
    kind: 'document',
    summary: 'Commits the members to every available measure against the “three forces” and sets the tasks and forms of their cooperation.',
    sources: [
      seed(
        'The Concept of SCO Member States to Combat Terrorism, Separatism and Extremism, signed in July 2005, is another critical document for security cooperation.',
      ),
      {
        sourceId: 'sectsco-2017-alimov-extremism-convention',
        quote: 'the Concept of Cooperation Between SCO Member States in Combating Terrorism, Separatism and Extremism of 5 July, 2005',
      },
      {
        sourceId: 'worldjpn-2009-convention-against-terrorism',
        quote: 'the Concept of the Shanghai Cooperation Organization Member States to Combat Terrorism, Separatism and Extremism of July 5, 2005',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'india-pakistan-iran-observers-2005',
    date: '2005-07',
    title: 'India, Pakistan and Iran become observers',
    kind: 'membership',
    place: 'Astana',
    summary: 'The Astana summit admits three observers at once, joining Mongolia.',
    sources: [
      {
        sourceId: 'thehindu-2005-india-observer',
        quote:
          'The three countries will be granted observer status in the Shanghai Cooperation Organisation at its summit in Astana, capital of Kazakhstan, on July 5-6.',
      },
    ],
    confidence: 'sourced',
    note: 'The source read gives the summit, not the day of the decision.',
  },
  {
    id: 'afghanistan-contact-group-protocol-2005',
    date: '2005-11-04',
    title: 'Protocol on the Establishment of the SCO–Afghanistan Contact Group',
    kind: 'document',
    place: 'Beijing',
    summary:
      'The SCO Secretary-General and Afghanistan’s ambassador set up a standing group to propose cooperation on shared concerns.',
    sources: [
      seed(
        'On November 4, 2005, the Secretary-general of the SCO and the Afghan ambassador to China signed in Beijing the Protocol on the Establishment of the Sco-afghanistan Contact Group, aimed at making suggestions on Sco-afghan cooperation on issues of mutual interest.',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'joint-exercises-agreement-2008',
    date: '2008-08-28',
    title: 'Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises',
    kind: 'document',
    place: 'Dushanbe',
    summary: 'Gives joint counter-terrorism exercises a common legal procedure.',
    sources: [
      seed(
        'In August 2008, the heads of SCO member states signed the Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises, which further regulates the procedures of joint antiterrorism exercises and provides a legal guarantee for the mechanismbuilding of joint anti-terrorism exercises by law enforcement agencies.',
      ),
      {
        sourceId: 'kremlin-2008-dushanbe-communique',
        quote:
          'Plenipotentiary representatives of the member states of the Organisation signed the Agreement on the order of organisation and staging of joint counterterrorism exercises by the member states of the Shanghai Cooperation Organisation',
      },
    ],
    confidence: 'sourced',
    note: 'Signed at the Dushanbe summit of 28 August 2008; its entry into force was not found in the sources read.',
  },
  {
    id: 'convention-against-terrorism-2009',
    date: '2009-06-16',
    inForce: '2012-01-14',
    title: 'SCO Convention against Terrorism',
    kind: 'document',
    place: 'Yekaterinburg',
    summary: 'Widens the 2001 definition of terrorism and adds cooperation on seizing the means and funds of terrorist crimes.',
    sources: [
      { sourceId: 'worldjpn-2009-convention-against-terrorism', locator: 'heading of the text: place Yekaterinburg, date June 16, 2009' },
      {
        sourceId: 'kremlin-2010-ratification-convention-against-terrorism',
        quote:
          'The law provides for the ratification of the SCO Counter-Terrorism Convention signed in Yekaterinburg on June 16, 2009, at the SCO member states’ summit.',
      },
      {
        sourceId: 'zakonpravo-kaz-ratification-convention-against-terrorism',
        quote: '(Entered into force on January 14, 2012 - Bulletin of International Treaties of the Republic of Kazakhstan 2012, No. 2, Article 26)',
      },
    ],
    confidence: 'sourced',
    note: 'The entry into force is as Kazakhstan’s bulletin of international treaties records it.',
  },
  {
    id: 'information-security-agreement-2009',
    date: '2009-06-16',
    title: 'Agreement on Cooperation in Ensuring International Information Security',
    kind: 'document',
    summary: 'The member governments set a legal basis for cooperating against threats to information security.',
    sources: [
      {
        sourceId: 'interaffairs-ru-information-security-agreements',
        quote:
          'Соглашение между правительствами государств - членов Шанхайской организации сотрудничества о сотрудничестве в области обеспечения международной информационной безопасности от 16 июня 2009 года',
      },
    ],
    confidence: 'sourced',
    note: 'An agreement between the member states’ governments; its entry into force was not found in the sources read.',
  },
  {
    id: 'afghanistan-plan-of-action-2009',
    date: '2009',
    title: 'SCO–Afghanistan Plan of Action on Combating Terrorism, Illicit Drug Trafficking and Organized Crime',
    kind: 'document',
    summary: 'The SCO and Afghanistan agree to work together against drugs and to build an anti-drug belt around Afghanistan.',
    sources: [seed('In 2009, the SCO and Afghanistan signed the Plan of Action on Combating Terrorism, Illicit Drug Trafficking and Organized Crime.')],
    confidence: 'seed',
  },
  {
    id: 'afghanistan-contact-group-suspended-2009',
    date: '2009',
    title: 'SCO–Afghanistan Contact Group suspended',
    kind: 'institution',
    summary: 'The Contact Group’s work stops, not to resume until 2017.',
    sources: [seed('However, relevant work was suspended between 2009 to 2016.')],
    confidence: 'seed',
  },
  {
    id: 'belarus-sri-lanka-dialogue-partners-2009',
    date: '2009-06-16',
    title: 'Belarus and Sri Lanka to become the first dialogue partners',
    kind: 'membership',
    place: 'Yekaterinburg',
    summary: 'The Yekaterinburg summit decides to make Belarus and Sri Lanka dialogue partners.',
    sources: [
      {
        sourceId: 'interfax-2009-yekaterinburg-partners',
        quote: 'Сегодня мы принимаем решение о предоставлении статуса партнеров по диалогу Белоруссии и Шри Ланке',
      },
      { sourceId: 'priu-2009-sri-lanka-partner', locator: 'government news update of 17 June 2009' },
      { sourceId: 'sputnikde-2009-fm-dialogue-partners', locator: 'foreign ministers’ decision of 15 May 2009' },
    ],
    confidence: 'sourced',
    note: 'A decision: Belarus’s status took effect with its memorandum of 2010.',
  },
  {
    id: 'belarus-dialogue-partner-memorandum-2010',
    date: '2010',
    title: 'Belarus’s dialogue-partner memorandum signed',
    kind: 'membership',
    summary: 'The memorandum that puts Belarus’s dialogue-partner status into effect is signed.',
    sources: [
      {
        sourceId: 'tass-2023-belarus-ratifies-memorandum',
        quote: 'Belarus became an SCO dialogue partner in 2010 and obtained observer status in 2015.',
      },
      {
        sourceId: 'belaruskz-2010-belarus-memorandum-planned',
        quote: 'В рамках визита планируется подписание меморандума о предоставлении Белоруссии статуса партнера по диалогу ШОС',
      },
      { sourceId: 'revbel-2010-lukashenko-sco-summit', locator: 'memoranda signed shortly before June 2010' },
    ],
    confidence: 'sourced',
    note: 'The signing was planned for the SCO Secretary-General’s visit to Minsk on 28–29 April 2010.',
  },
  {
    id: 'afghanistan-observer-turkey-partner-2012',
    date: '2012-06',
    title: 'Afghanistan becomes an observer; Turkey to become a dialogue partner',
    kind: 'membership',
    place: 'Beijing',
    summary: 'The Beijing summit admits Afghanistan as an observer and approves Turkey as a dialogue partner.',
    sources: [
      {
        sourceId: 'zeenews-2012-afghanistan-turkey',
        quote:
          'The Shanghai Cooperation Organization (SCO) has decided to grant Afghanistan observer status, and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.',
      },
      {
        sourceId: 'mfatr-2013-turkey-dialogue-partnership',
        quote:
          'As stated in the press release dated June 7, 2012, our application was approved unanimously at the SCO Heads of State Summit held in Beijing, on 6-7 June 2012.',
      },
    ],
    confidence: 'sourced',
    note: 'Turkey’s status took effect with its memorandum of 26 April 2013.',
  },
  {
    id: 'turkey-dialogue-partner-memorandum-2013',
    date: '2013-04-26',
    title: 'Turkey’s dialogue-partner memorandum signed',
    kind: 'membership',
    place: 'Almaty',
    summary: 'Turkey’s foreign minister and the SCO Secretary-General sign the memorandum that makes Turkey a dialogue partner.',
    sources: [
      {
        sourceId: 'panarmenian-2013-turkey-memorandum',
        quote:
          'Հուշագիրն այդ մասին Ալմաթիում ստորագրել են Թուրքիայի ԱԳ նախարար Ահմեդ Դավութօղլուն ու ՇՀԿ գլխավոր քարտուղար Դմիտրի Մեզենցևը:',
      },
    ],
    confidence: 'sourced',
  },

  // ==== 2014–2017: the first enlargement =====================================================
  {
    id: 'india-pakistan-apply-2014',
    date: '2014-09',
    title: 'India and Pakistan apply for full membership',
    kind: 'membership',
    place: 'Dushanbe',
    summary: 'The two observers file formal applications to join as members.',
    sources: [{ sourceId: 'nation-2014-india-pakistan-apply', locator: 'report of 13 September 2014 from the Dushanbe summit' }],
    confidence: 'sourced',
  },
  {
    id: 'ufa-summit-enlargement-2015',
    date: '2015-07-10',
    title: 'Ufa summit launches India’s and Pakistan’s accession and decides on four dialogue partners',
    kind: 'membership',
    place: 'Ufa',
    summary:
      'The heads of state begin admitting India and Pakistan and decide to make Armenia, Azerbaijan, Cambodia and Nepal dialogue partners.',
    sources: [
      { sourceId: 'prime-2015-ufa-accession-procedure', locator: 'report of 10 July 2015' },
      { sourceId: 'rferl-2015-ufa-summit', quote: 'SCO leaders signed a document starting the procedure of accession for India and Pakistan' },
      UFA_2015,
      { sourceId: 'massispost-2015-ufa-dialogue-partners', quote: 'the one-day summit held on July 10' },
    ],
    confidence: 'sourced',
    note: 'The four dialogue partners’ statuses took effect with their memoranda of 2015–2016.',
  },
  {
    id: 'belarus-observer-2015',
    date: '2015-07-10',
    title: 'Belarus becomes an observer',
    kind: 'membership',
    place: 'Ufa',
    summary: 'Belarus moves up from dialogue partner to observer.',
    sources: [
      { sourceId: 'rferl-2015-ufa-summit', quote: 'Putin said the SCO members had agreed to add Belarus to the list of observer states' },
      {
        sourceId: 'headpost-2024-belarus-10th-member',
        quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'cambodia-dialogue-partner-memorandum-2015',
    date: '2015-09-24',
    title: 'Cambodia’s dialogue-partner memorandum signed',
    kind: 'membership',
    place: 'Xi’an',
    summary: 'Cambodia is the first of the four states chosen at Ufa to sign its memorandum.',
    sources: [
      {
        sourceId: 'uztag-2015-cambodia-memorandum',
        quote:
          '24 сентября 2015 года в городе Сиань (КНР) Генеральный секретарь ШОС Дмитрий Мезенцев и заместитель премьер-министра, министр иностранных дел и международного сотрудничества Королевства Камбоджа Хор Намхонг подписали меморандум о предоставлении Королевству Камбоджа статуса партнера по диалогу Шанхайской организации сотрудничества',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'azerbaijan-dialogue-partner-memorandum-2016',
    date: '2016-03-14',
    title: 'Azerbaijan’s dialogue-partner memorandum signed',
    kind: 'membership',
    place: 'Beijing',
    summary: 'Azerbaijan’s foreign minister signs the memorandum at the SCO headquarters.',
    sources: [
      {
        sourceId: 'economygovaz-azerbaijan-sco',
        quote:
          'On 14 March 2016, a “Memorandum on giving to the Republic of Azerbaijan the status of dialogue partner in the Shanghai Cooperation Organization” was signed in Beijing.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'nepal-dialogue-partner-memorandum-2016',
    date: '2016-03-22',
    title: 'Nepal’s dialogue-partner memorandum signed',
    kind: 'membership',
    place: 'Beijing',
    summary: 'Nepal signs its memorandum at the SCO headquarters.',
    sources: [
      {
        sourceId: 'sectsco-2020-nepal-memorandum',
        quote: 'which has dialogue partner status in the Organisation (the corresponding memorandum was signed on 22 March 2016)',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'armenia-dialogue-partner-memorandum-2016',
    date: '2016-04-16',
    title: 'Armenia’s dialogue-partner memorandum signed',
    kind: 'membership',
    place: 'Beijing',
    summary: 'The last of the four Ufa memoranda is signed and takes effect the same day.',
    sources: [
      {
        sourceId: 'gazetauz-2016-armenia-memorandum',
        quote:
          'Генеральный секретарь Шанхайской организации сотрудничества Рашид Алимов и министр иностранных дел Республики Армения Эдвард Налбандян 16 апреля в Пекине подписали меморандум о предоставлении Армении статуса партнера по диалогу ШОС.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'india-pakistan-members-2017',
    date: '2017-06-09',
    title: 'India and Pakistan become members',
    kind: 'membership',
    place: 'Astana',
    summary: 'The first enlargement takes the SCO to eight members.',
    sources: [JOINED_2017_2023, SECTSCO_2017, SEED_2017],
    confidence: 'sourced',
    note: 'The Ufa summit of July 2015 only began the accession procedure.',
  },
  {
    id: 'convention-countering-extremism-2017',
    date: '2017-06-09',
    inForce: '2019-10-12',
    title: 'SCO Convention on Countering Extremism',
    kind: 'document',
    place: 'Astana',
    summary: 'Completes the legal basis against the “three forces” with a convention on extremism.',
    sources: [
      seed('In 2017, the SCO Astana summit of the Council of Heads of State signed the SCO Convention on Countering Extremism.'),
      {
        sourceId: 'mid-2019-extremism-convention-in-force',
        quote: 'Convention on Countering Extremism, signed in Astana on June 9, 2017, entered into force in Russia on October 12, 2019.',
      },
      {
        sourceId: 'sectsco-2017-alimov-extremism-convention',
        quote: 'During the Summit in Astana, the SCO Heads of State signed the SCO Convention on Countering Extremism.',
      },
    ],
    confidence: 'sourced',
    note: 'The entry into force is the date the Russian Foreign Ministry gives for Russia.',
  },
  {
    id: 'counter-terrorism-statement-2017',
    date: '2017',
    title: 'Statement by the Heads of the Member States on Joint Counteraction to International Terrorism',
    kind: 'document',
    summary: 'Turns attention to young people drawn into the “three forces” and to education against extremism.',
    sources: [
      seed(
        'The Statement by the Heads of the Member States of the SCO on Joint Counteraction to International Terrorism signed in 2017 pointed out that the SCO attached importance to young people who have been involved in the “three forces.”',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'afghanistan-contact-group-resumed-2017',
    date: '2017',
    title: 'SCO–Afghanistan Contact Group resumes',
    kind: 'institution',
    summary: 'The Contact Group meets again, with deputy foreign ministers in Moscow, Beijing and Bishkek.',
    sources: [
      seed(
        'Since its resumption in 2017, the Contact Group has held three deputy foreign ministerial meetings successively in Moscow, Beijing, and Bishkek,',
      ),
    ],
    confidence: 'seed',
  },

  // ==== 2018–2021 ============================================================================
  {
    id: 'qingdao-summit-2018',
    date: '2018',
    title: 'Qingdao summit',
    kind: 'summit',
    place: 'Qingdao',
    summary: 'China’s president calls for an SCO community with a shared future.',
    sources: [
      seed(
        'At the SCO Qingdao summit in 2018, President Xi called for a concerted effort to build an SCO community with a shared future and a new type of international relations,',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'afghanistan-contact-group-roadmap-2019',
    date: '2019-06-14',
    title: 'Roadmap for Further Steps by the SCO–Afghanistan Contact Group',
    kind: 'document',
    summary: 'The 19th meeting of the heads of state sets out the Contact Group’s next steps.',
    sources: [
      seed(
        'On June 14, 2019, the 19th meeting of the SCO Heads of State Council passed the Roadmap for Further Steps by the Sco-afghanistan Contact Group, strengthening the Contact Group’s work.',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'bishkek-summit-2019',
    date: '2019',
    title: 'Bishkek summit',
    kind: 'summit',
    place: 'Bishkek',
    summary: 'China proposes making the SCO a model of common security.',
    sources: [seed('At the SCO Bishkek summit in 2019, President Xi put forward the proposal to make the SCO an example of common security.')],
    confidence: 'seed',
  },
  {
    id: 'tashkent-heads-of-government-2019',
    date: '2019-11',
    title: '18th meeting of the Council of Heads of Government',
    kind: 'summit',
    place: 'Tashkent',
    summary: 'The prime ministers meet; China’s premier calls for common, comprehensive, cooperative and sustainable security.',
    sources: [
      seed(
        'At the 18th meeting of the Council of Heads of Government (Prime Ministers) in Tashkent in November 2019, Chinese Premier Li Keqiang pointed out,',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'moscow-video-summit-2020',
    date: '2020-11',
    title: 'Moscow summit, held by video',
    kind: 'summit',
    place: 'Moscow (video conference)',
    summary: 'China proposes “four communities”, of health, security, development and cultural exchange.',
    sources: [
      seed(
        'At the SCO Moscow summit of the Council of Heads of State in 2020, Chinese President Xi Jinping proposed building “four communities,” in which the “security community” provides preconditions for regional stability and development.',
      ),
      seed(
        'In the video meeting of the SCO Heads of State Council in November 2020, President Xi proposed to carry forward the Shanghai Spirit, step up anti-epidemic cooperation, safeguard security and stability, deepen practical cooperation, and nourish people-to-people friendship.',
      ),
    ],
    confidence: 'seed',
    note: 'The article names the 2020 summit as Moscow’s in one place and as a November video meeting in another.',
  },
  {
    id: 'ideology-online-statement-2020',
    date: '2020',
    title: 'Statement on Countering the Spread of Terrorist, Separatist and Extremist Ideology, Including Online',
    kind: 'document',
    summary: 'The heads of state commit to countering the spread of “three forces” ideology, including on the internet.',
    sources: [
      seed(
        'In 2020, the Statement of the Council of Heads of State on Countering the Spread of Terrorist, Separatist, and Extremist Ideology, Including Online, was signed.',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'information-security-statement-2021',
    date: '2021',
    title: 'Statement on Cooperation in the Field of International Information Security',
    kind: 'document',
    summary: 'The heads of state commit to cooperate on information security.',
    sources: [
      seed('In 2021, the SCO Heads of State Council signed the Statement on Cooperation in the Field of International Information Security.'),
    ],
    confidence: 'seed',
  },
  {
    id: 'iran-candidacy-accepted-2021',
    date: '2021-09-17',
    title: 'Dushanbe summit launches Iran’s accession; Egypt, Qatar and Saudi Arabia to become dialogue partners',
    kind: 'membership',
    place: 'Dushanbe',
    summary: 'The Dushanbe summit starts Iran’s accession after years as an observer and approves three new dialogue partners.',
    sources: [
      {
        sourceId: 'mehrnews-2023-raisi-sco-speech',
        quote: 'At a session held in the Tajik capital of Dushanbe in September 2021, Iran’s candidacy was accepted.',
      },
      {
        sourceId: 'norov-2021-uzbekistan-chairmanship',
        quote: 'Following the results of the jubilee Dushanbe meeting of the Council of Heads of SCO Member States, held on September 17, 2021,',
      },
      DUSHANBE_2021_PARTNERS,
    ],
    confidence: 'sourced',
    note: 'Only procedures launched: Iran became a member on 4 July 2023; the three dialogue partners signed their memoranda in September 2022.',
  },

  // ==== 2022–2025: the second enlargement ====================================================
  {
    id: 'egypt-qatar-dialogue-partners-2022',
    date: '2022-09-14',
    title: 'Egypt and Qatar become dialogue partners',
    kind: 'membership',
    place: 'Tashkent',
    summary: 'The memoranda granting Egypt and Qatar dialogue-partner status are signed on the eve of the Samarkand summit.',
    sources: [
      {
        sourceId: 'mofa-qa-2022-qatar-sco-memorandum',
        quote:
          'The State of Qatar signed Wednesday in Tashkent a memorandum of understanding (MoU) concerning its accession to the Shanghai Cooperation Organization (SCO) as a Dialogue Partner.',
      },
      {
        sourceId: 'xinhua-de-2022-egypt-memorandum',
        quote:
          'Ägypten unterzeichnete am Mittwoch in der usbekischen Hauptstadt Taschkent ein Memorandum of Understanding (MoU), um der Shanghaier Organisation für Zusammenarbeit (SOZ) als Dialogpartner beizutreten',
      },
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'date',
        value: '2022-09-14 (memoranda signed in Tashkent)',
        source: { sourceId: 'mofa-qa-2022-qatar-sco-memorandum', locator: 'dateline (Tashkent, September 14) and first paragraph' },
      },
      {
        field: 'date',
        value: '2022-09-16 (memoranda signed at the Samarkand summit)',
        source: { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'paragraph on the Egyptian, Qatari and Saudi memoranda' },
      },
    ],
  },
  {
    id: 'samarkand-summit-enlargement-2022',
    date: '2022-09-16',
    title: 'Samarkand summit: Iran’s memorandum, Belarus’s accession begun, new dialogue partners',
    kind: 'membership',
    place: 'Samarkand',
    summary:
      'Iran signs its memorandum of obligations, Belarus’s accession begins, Saudi Arabia becomes a dialogue partner and five more states start the same path.',
    sources: [
      XINHUA_SAMARKAND,
      { sourceId: 'uzmetronom-2023-saudi-partner', locator: 'Saudi memorandum signed at the Samarkand summit' },
      { sourceId: 'tass-2022-samarkand-partner-procedures', locator: 'procedure for Bahrain, the Maldives and others' },
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'summary',
        value: 'Bahrain, Kuwait, the Maldives, Myanmar and the UAE: agreement on admitting them as dialogue partners',
        source: XINHUA_SAMARKAND,
      },
      {
        field: 'summary',
        value: 'Bahrain, Kuwait, the Maldives, Myanmar and the UAE: only the procedure launched',
        source: { sourceId: 'tass-2022-samarkand-partner-procedures', locator: 'report of 13 September 2022' },
      },
      {
        field: 'date',
        value: '2022-09-15 (status granted in the Samarkand Declaration)',
        source: { sourceId: 'timesofaddu-2022-maldives-partner', locator: 'Maldivian report of 18 September 2022' },
      },
      {
        field: 'summary',
        value: 'Iran already counted as the ninth member',
        source: { sourceId: 'sputnik-2022-samarkand-live', locator: 'live blog of 16 September 2022' },
      },
    ],
  },
  {
    id: 'goa-dialogue-partners-2023',
    date: '2023-05',
    title: 'Kuwait, the Maldives, Myanmar and the UAE become dialogue partners',
    kind: 'membership',
    place: 'Goa',
    summary: 'Four of the five states whose procedure began at Samarkand sign their memoranda at the foreign ministers’ meeting.',
    sources: [
      GOA_2023,
      {
        sourceId: 'khaleejtimes-2023-uae-dialogue-partner',
        quote:
          'The UAE was officially granted Dialogue Partner status on the sidelines of the Council of Foreign Ministers Meeting of the Shanghai Cooperation Organisation (SCO), which took place in the Indian state of Goa.',
      },
      {
        sourceId: 'aspectuz-2023-kuwait-dialogue-partner',
        quote: 'Аналогичные статусы в ШОС получили Мальдивская Республика, Мьянма и Объединенные Арабские Эмираты.',
      },
    ],
    confidence: 'sourced',
    note: 'The foreign ministers met on 4–5 May 2023; the sources read do not give the day of each signing.',
  },
  {
    id: 'iran-member-2023',
    date: '2023-07-04',
    title: 'Iran becomes the ninth member',
    kind: 'membership',
    place: 'New Delhi (video summit)',
    summary: 'Iran’s accession is completed at the summit India chairs online; Belarus signs its memorandum of obligations.',
    sources: [
      {
        sourceId: 'lokmattimes-2023-iran-full-member',
        quote:
          "Iran, one of India's neighbours in its extended neighbourhood, has formally become a full member of Shanghai Cooperation Organization (SCO).",
      },
      JOINED_2017_2023,
      { sourceId: 'shafaqna-2023-iran-flag-sco', locator: 'flag ceremony for the ninth member' },
    ],
    confidence: 'sourced',
  },
  {
    id: 'bahrain-dialogue-partner-2023',
    date: '2023-07',
    title: 'Bahrain becomes a dialogue partner',
    kind: 'membership',
    summary: 'Bahrain’s ambassador to China signs its memorandum with the SCO Secretary-General.',
    sources: [
      {
        sourceId: 'libyannewswire-2023-bahrain-dialogue-partner',
        quote: 'The Kingdom of Bahrain has officially been granted the status dialogue partner in the Shanghai Cooperation Organization (SCO).',
      },
    ],
    confidence: 'sourced',
    note: 'Dated by the report of 15 July 2023; the day of signing is not given.',
  },
  {
    id: 'belarus-member-2024',
    date: '2024-07-04',
    title: 'Belarus becomes the tenth member',
    kind: 'membership',
    place: 'Astana',
    summary: 'The Astana summit admits Belarus, two years after its accession began.',
    sources: [
      { sourceId: 'astanatimes-2024-belarus-10th-member', locator: 'report of the Astana summit, 4 July 2024' },
      { sourceId: 'shine-2024-belarus-member', locator: 'same-day report' },
      {
        sourceId: 'headpost-2024-belarus-10th-member',
        quote:
          'The number of member states of the Shanghai Co-operation Organisation (SCO) has become double-digit after Belarus joined as a full member.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'counter-terrorism-programme-2025-2027',
    date: '2024-07-04',
    title: 'Programme of Cooperation in Countering Terrorism, Separatism and Extremism for 2025–2027',
    kind: 'document',
    place: 'Astana',
    summary: 'The heads of state approve the next three-year programme of joint work against the “three forces”.',
    sources: [
      {
        sourceId: ASTANA_2024_DOCUMENTS,
        quote: 'On approval of the program of cooperation of the SCO member states in countering terrorism, separatism and extremism for 2025-2027;',
      },
      {
        sourceId: 'tass-2025-tianjin-security-centres',
        quote:
          'Member States will continue to actively implement the Program of Cooperation of SCO Member States in Countering Terrorism, Separatism and Extremism for 2025-2027 (Astana, 4 July 2024)',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'anti-drug-strategy-2024-2029',
    date: '2024-07-04',
    title: 'SCO Anti-Drug Strategy for 2024–2029',
    kind: 'document',
    place: 'Astana',
    summary: 'The heads of state approve a new anti-drug strategy and a programme of action to carry it out.',
    sources: [
      { sourceId: ASTANA_2024_DOCUMENTS, quote: 'To approve the SCO anti-drug strategy for 2024-2029 and the action program for its implementation;' },
    ],
    confidence: 'sourced',
  },
  {
    id: 'rats-universal-centre-decision-2024',
    date: '2024-07-04',
    title: 'Decision to turn the RATS into a universal centre against security threats',
    kind: 'institution',
    place: 'Astana',
    summary: 'The heads of state decide to widen the anti-terrorist structure into a centre for the whole range of security threats.',
    sources: [
      {
        sourceId: 'tass-2024-putin-astana-rats-universal-centre',
        quote:
          'In order to fulfill it, the organization\'s regional anti-terrorist agency will be transformed into a "universal center that will deal with the entire spectrum of security threats."',
      },
      { sourceId: 'inform-2024-rats-universal-centre', locator: 'Putin at the Astana summit on the decisions concerning the RATS' },
    ],
    confidence: 'sourced',
    note: 'A decision; the agreement establishing the centre was signed at Tianjin on 1 September 2025.',
  },
  {
    id: 'laos-partner-decision-2025',
    date: '2025-07-15',
    title: 'Foreign ministers agree to make Laos a partner',
    kind: 'membership',
    place: 'Tianjin',
    summary: 'The foreign ministers’ council prepares Laos’s admission for the Tianjin summit.',
    sources: [
      { sourceId: 'tass-2025-laos-partner-decision', locator: 'report of 15 July 2025' },
      {
        sourceId: 'kommersant-2025-laos-partner-decision',
        quote: '«Сегодня принято решение о том, чтобы статус партнера ШОС был предоставлен Лаосской демократической республике»,— заявил Сергей Лавров',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'universal-centre-agreement-2025',
    date: '2025-09-01',
    title: 'Agreement on the Universal Centre for Countering Challenges and Threats to the Security of SCO Member States',
    kind: 'document',
    place: 'Tianjin',
    summary: 'The members sign the agreement founding a universal security centre in Tashkent, built on the RATS.',
    sources: [TIANJIN_CENTRES, PUTIN_TIANJIN_CENTRES],
    confidence: 'sourced',
    note: 'Its entry into force was not found in the sources read.',
  },
  {
    id: 'anti-drug-centre-agreement-2025',
    date: '2025-09-01',
    title: 'Agreement on the SCO Anti-Drug Centre',
    kind: 'document',
    place: 'Tianjin',
    summary: 'The members sign the agreement founding an SCO anti-drug centre in Dushanbe.',
    sources: [TIANJIN_CENTRES, PUTIN_TIANJIN_CENTRES],
    confidence: 'sourced',
    note: 'Its entry into force was not found in the sources read.',
  },
  {
    id: 'tianjin-partner-category-2025',
    date: '2025-09-01',
    title: 'Observers and dialogue partners merged into a single “partner” category; Laos admitted',
    kind: 'membership',
    place: 'Tianjin',
    summary: 'The Tianjin summit ends the two lesser statuses: the two observers and 14 dialogue partners, with Laos, become 17 partners.',
    sources: [
      TIANJIN,
      {
        sourceId: 'interfax-2025-tianjin-laos-partner',
        quote:
          'Государства-члены с удовлетворением констатируют принятие решения о предоставлении Лаосской Народно-Демократической Республике статуса партнера ШОС по диалогу',
      },
    ],
    confidence: 'sourced',
  },
] satisfies Milestone[];
