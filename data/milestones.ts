/**
 * The timeline: the documents, institutions and summits of SCO security cooperation that the
 * article names, and every change of membership. Dates are as precise as the sources; a place or
 * the signatories appear only where a source gives them. Documents the article names without
 * any date (the Development Strategy until 2025, the Agreement on the RATS Database and others)
 * cannot be placed on a timeline and are left out.
 */
import type { Milestone, SourceRef } from './schema';
import { SEED } from './sources/seed';

const seed = (quote: string): SourceRef => ({ sourceId: SEED, quote });

const SEED_BORDER_AGREEMENTS = seed(
  'Two crucial documents, the Agreement on Confidence Building in the Military Field in the Border Area (1996) and the Agreement on Mutual Reduction of Military Forces in the Border Areas (1997) signed by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, are of great significance.',
);
const PHOTIUS_1996: SourceRef = {
  sourceId: 'photius-sco-chronology',
  quote:
    'April 26 - Heads of Kazakhstan, Kyrgyzstan, China, Russia and Tajikistan at the summit talks in Shanghai signed the Agreement on deepening military trust in border regions.',
};
const FOUNDED_2001: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote:
    'The Shanghai Co-operation Organisation was founded on June 15 2001 by the leaders of Kazakhstan, Kyrgyzstan, China, Russia, Tajikistan and Uzbekistan.',
};
const WIKIEN4_2001: SourceRef = {
  sourceId: 'wikien4-wikipedia-sco',
  locator: 'introduction: Declaration on the Establishment of the SCO signed in Shanghai on 15 June 2001',
};
const WIKIEN4_CHARTER: SourceRef = {
  sourceId: 'wikien4-wikipedia-sco',
  quote: 'signed in June 2002 and entered into force on 19 September 2003',
};
const JOINED_2017_2023: SourceRef = {
  sourceId: 'headpost-2024-belarus-10th-member',
  quote: 'On June 9 2017, India and Pakistan joined the association on equal rights, and Iran joined on July 4 2023.',
};
const SEED_2017 = seed('In June 2017, with the accession of India and Pakistan, the number of SCO member states increased to eight.');
const XINHUA_SAMARKAND: SourceRef = {
  sourceId: 'peoplecn-2022-samarkand-summit',
  locator: 'Xinhua report of the 22nd Council of Heads of State, 16 September 2022',
};
const TIANJIN: SourceRef = {
  sourceId: 'tass-2025-tianjin-partner-category',
  quote:
    'A decision was made to unify the SCO observer states and dialogue partners into a single category of SCO partners. We also decided to welcome Laos as a new partner, thereby expanding the SCO family.',
};

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
    sources: [PHOTIUS_1996, { sourceId: 'movatter-wikipedia-sco', locator: 'history section: Shanghai Five formed in Shanghai on 26 April 1996' }],
    confidence: 'sourced',
  },
  {
    id: 'border-confidence-agreement-1996',
    date: '1996-04-26',
    title: 'Agreement on Confidence Building in the Military Field in the Border Area',
    kind: 'document',
    place: 'Shanghai',
    signatories: [...SHANGHAI_FIVE],
    summary: 'The five neighbours agree measures to build military trust along their shared borders.',
    sources: [SEED_BORDER_AGREEMENTS, PHOTIUS_1996],
    confidence: 'sourced',
    note: 'The chronology calls it the Agreement on deepening military trust in border regions.',
  },
  {
    id: 'border-forces-reduction-agreement-1997',
    date: '1997-04-24',
    title: 'Agreement on Mutual Reduction of Military Forces in the Border Areas',
    kind: 'document',
    place: 'Moscow',
    signatories: [...SHANGHAI_FIVE],
    summary: 'At their second summit the five agree to cut the forces they keep near their common borders.',
    sources: [
      SEED_BORDER_AGREEMENTS,
      {
        sourceId: 'photius-sco-chronology',
        quote: 'held in Moscow the second summit, where they signed the Agreement on mutual reduction of military forces in border regions.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'china-russia-multipolarity-statement-1997',
    date: '1997-04',
    title: 'China–Russia Joint Statement on Worldwide Multi-polarization and Establishment of New International Order',
    kind: 'document',
    place: 'Moscow',
    signatories: ['CHN', 'RUS'],
    summary: 'The two presidents call for settling disputes peacefully and for security through dialogue rather than blocs.',
    sources: [
      seed(
        'In April 1997 in Moscow, the heads of state of China and Russia signed the Joint Statement on Worldwide Multi-polarization and Establishment of New International Order.',
      ),
    ],
    confidence: 'seed',
  },
  {
    id: 'shanghai-five-almaty-summit-1998',
    date: '1998-07-03',
    title: 'Third Shanghai Five summit',
    kind: 'summit',
    place: 'Almaty',
    summary: 'The five discuss regional security and cooperation and adopt the Almaty joint statement.',
    sources: [
      {
        sourceId: 'photius-sco-chronology',
        quote:
          'took place in Alma-Ata. Instead of Russian President B.Yeltsin, who did not arrive due to illness, Russian Foreign Minister Y.Primakov attended the summit.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'shanghai-five-bishkek-summit-1999',
    date: '1999-08-24',
    title: 'Fourth Shanghai Five summit',
    kind: 'summit',
    place: 'Bishkek',
    summary: 'The five exchange views on regional security and sign the Bishkek declaration.',
    sources: [
      {
        sourceId: 'photius-sco-chronology',
        quote:
          'took place in Bishkek. Sides exchanged opinions on matters of regional security, regional cooperation and international situation',
      },
    ],
    confidence: 'sourced',
    note: 'The chronology dates the summit 24–26 August 1999.',
  },

  // ==== Founding, 2001–2004 ===================================================================
  {
    id: 'sco-founded-2001',
    date: '2001-06-15',
    title: 'The SCO is founded, with Uzbekistan as its sixth member',
    kind: 'membership',
    place: 'Shanghai',
    summary: 'Uzbekistan joins the five on equal terms and the six found the Shanghai Cooperation Organisation.',
    sources: [seed('In 2001, Uzbekistan joined with equal status, and the SCO was established.'), FOUNDED_2001, WIKIEN4_2001],
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
      WIKIEN4_2001,
    ],
    confidence: 'sourced',
  },
  {
    id: 'shanghai-convention-2001',
    date: '2001-06',
    title: 'Shanghai Convention on Combating Terrorism, Separatism and Extremism',
    kind: 'document',
    summary: 'Defines terrorism, separatism and extremism in law and sets out how the members cooperate against them.',
    sources: [
      seed(
        'The Shanghai Convention on Combating Terrorism, Separatism and Extremism signed in June 2001 makes a clear legal definition of terrorism, separatism, and extremism.',
      ),
    ],
    confidence: 'seed',
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
    ],
    confidence: 'sourced',
  },
  {
    id: 'sco-charter-signed-2002',
    date: '2002-06',
    title: 'SCO Charter signed',
    kind: 'document',
    summary: 'The founding treaty sets out the organisation’s aims, among them joint action against terrorism, separatism and extremism.',
    sources: [WIKIEN4_CHARTER, seed('The SCO Charter further indicates that the primary goals and tasks of the SCO are')],
    confidence: 'sourced',
  },
  {
    id: 'sco-charter-in-force-2003',
    date: '2003-09-19',
    title: 'SCO Charter enters into force',
    kind: 'document',
    summary: 'With the Charter in force the SCO exists as an international organisation in law.',
    sources: [WIKIEN4_CHARTER],
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
    date: '2004',
    title: 'Mongolia becomes the first observer',
    kind: 'membership',
    place: 'Tashkent',
    summary: 'Mongolia is the first state to receive observer status.',
    sources: [
      {
        sourceId: 'inform-2017-mongolia-president-astana',
        quote: 'Mongolia was the first country to be granted observer status at the Tashkent Summit back in 2004.',
      },
      { sourceId: 'urdupoint-2019-mongolia-full-member', quote: 'In 2004, Mongolia was the first country to be granted an observer status.' },
    ],
    confidence: 'sourced',
  },

  // ==== 2005–2012 ============================================================================
  {
    id: 'counter-terrorism-concept-2005',
    date: '2005-07',
    title: 'Concept of SCO Member States to Combat Terrorism, Separatism and Extremism',
    kind: 'document',
    summary: 'Commits the members to every available measure against the “three forces” and sets the tasks and forms of their cooperation.',
    sources: [
      seed(
        'The Concept of SCO Member States to Combat Terrorism, Separatism and Extremism, signed in July 2005, is another critical document for security cooperation.',
      ),
    ],
    confidence: 'seed',
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
      { sourceId: 'latestly-2018-peace-mission', quote: 'were admitted as observers in 2005' },
      { sourceId: 'opoyi-2022-sco-summit-attendees', locator: 'list of observers: Iran, observer since 2005' },
    ],
    confidence: 'sourced',
    note: 'The sources read give the summit, not the day of the decision.',
  },
  {
    id: 'china-russia-21st-century-order-statement-2005',
    date: '2005-07',
    title: 'China–Russia Joint Statement on the International Order of the 21st Century',
    kind: 'document',
    place: 'Moscow',
    signatories: ['CHN', 'RUS'],
    summary: 'The two leaders call for a security order built on mutual trust and the equal security of all states.',
    sources: [seed('In July 2005, leaders of the two countries signed the Joint Statement on the International Order of the 21st Century in Moscow,')],
    confidence: 'seed',
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
    date: '2008-08',
    title: 'Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises',
    kind: 'document',
    summary: 'Gives joint counter-terrorism exercises a common legal procedure.',
    sources: [
      seed(
        'In August 2008, the heads of SCO member states signed the Agreement on the Procedure for Organizing and Conducting Joint Antiterrorist Exercises, which further regulates the procedures of joint antiterrorism exercises and provides a legal guarantee for the mechanismbuilding of joint anti-terrorism exercises by law enforcement agencies.',
      ),
    ],
    confidence: 'seed',
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
    title: 'Belarus and Sri Lanka become the first dialogue partners',
    kind: 'membership',
    place: 'Yekaterinburg',
    summary: 'The Yekaterinburg summit decides to make Belarus and Sri Lanka dialogue partners.',
    sources: [
      { sourceId: 'interfax-2009-yekaterinburg-partners', locator: 'Medvedev’s announcement at the Yekaterinburg summit, 16 June 2009' },
      { sourceId: 'priu-2009-sri-lanka-partner', locator: 'government news update of 17 June 2009' },
      { sourceId: 'sputnikde-2009-fm-dialogue-partners', locator: 'foreign ministers’ decision of 15 May 2009' },
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'date',
        value: '2009-06-16 (decided at the Yekaterinburg summit)',
        source: { sourceId: 'interfax-2009-yekaterinburg-partners', locator: 'summit report, 16 June 2009' },
      },
      {
        field: 'date',
        value: '2010 (Belarus)',
        source: {
          sourceId: 'headpost-2024-belarus-10th-member',
          quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
        },
      },
    ],
    note: 'Belarus’s memoranda were signed in 2010, the year several later pages give.',
  },
  {
    id: 'kazakhstan-afghanistan-education-agreement-2009',
    date: '2009-11',
    title: 'Kazakhstan–Afghanistan agreement on cooperation in education',
    kind: 'document',
    signatories: ['KAZ', 'AFG'],
    summary: 'One of the Central Asian members’ own aid agreements with Afghanistan.',
    sources: [seed('In November 2009, Kazakhstan and Afghanistan signed an agreement on cooperation in the field of education.')],
    confidence: 'seed',
  },
  {
    id: 'afghanistan-observer-turkey-partner-2012',
    date: '2012',
    title: 'Afghanistan becomes an observer and Turkey a dialogue partner',
    kind: 'membership',
    place: 'Beijing',
    summary: 'The Beijing summit admits Afghanistan as an observer and Turkey as a dialogue partner.',
    sources: [
      {
        sourceId: 'zeenews-2012-afghanistan-turkey',
        quote:
          'The Shanghai Cooperation Organization (SCO) has decided to grant Afghanistan observer status, and accept Turkey as a dialogue partner, Chinese President Hu Jintao said on Thursday.',
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
    sources: [
      { sourceId: 'nation-2014-india-pakistan-apply', locator: 'report of 13 September 2014 from the Dushanbe summit' },
      {
        sourceId: 'armenianclub-2015-ufa-dialogue-partners',
        quote: 'India and Pakistan, currently holding observer status in the organization, applied to join the SCO as full members in September 2014.',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'ufa-summit-enlargement-2015',
    date: '2015-07-10',
    title: 'Ufa summit starts India’s and Pakistan’s accession and admits four dialogue partners',
    kind: 'membership',
    place: 'Ufa',
    summary: 'The heads of state begin admitting India and Pakistan and make Armenia, Azerbaijan, Cambodia and Nepal dialogue partners.',
    sources: [
      { sourceId: 'prime-2015-ufa-accession-procedure', locator: 'report of 10 July 2015' },
      { sourceId: 'massispost-2015-ufa-dialogue-partners', quote: 'the one-day summit held on July 10' },
      {
        sourceId: 'armenianclub-2015-ufa-dialogue-partners',
        quote: 'Azerbaijan, Armenia, Cambodia, and Nepal have joined the SCO family as partners in dialogue',
      },
    ],
    confidence: 'sourced',
  },
  {
    id: 'belarus-observer-2015',
    date: '2015',
    title: 'Belarus becomes an observer',
    kind: 'membership',
    summary: 'Belarus moves up from dialogue partner to observer.',
    sources: [
      {
        sourceId: 'headpost-2024-belarus-10th-member',
        quote: 'Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.',
      },
      { sourceId: 'opoyi-2022-sco-summit-attendees', locator: 'Belarus: applied 2012, observer status received 2015' },
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
    sources: [
      JOINED_2017_2023,
      SEED_2017,
      { sourceId: 'wikien4-wikipedia-sco', locator: 'membership section: India and Pakistan full members at the Astana summit, 9 June 2017' },
    ],
    confidence: 'conflicting',
    claims: [
      { field: 'date', value: '2017-06-09', source: JOINED_2017_2023 },
      { field: 'date', value: 'June 2017', source: SEED_2017 },
      {
        field: 'date',
        value: '2015 (“admitted” in 2015)',
        source: { sourceId: 'governancetoday-2019-sary-arka', locator: 'background paragraph: India and Pakistan “admitted” in 2015' },
      },
    ],
    note: 'The Ufa summit of July 2015 only began the accession procedure.',
  },
  {
    id: 'convention-countering-extremism-2017',
    date: '2017',
    title: 'SCO Convention on Countering Extremism',
    kind: 'document',
    place: 'Astana',
    summary: 'Completes the legal basis against the “three forces” with a convention on extremism.',
    sources: [seed('In 2017, the SCO Astana summit of the Council of Heads of State signed the SCO Convention on Countering Extremism.')],
    confidence: 'seed',
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
    id: 'us-central-asia-strategy-2020',
    date: '2020-02',
    title: 'United States Strategy for Central Asia 2019–2025',
    kind: 'document',
    summary: 'A U.S. strategy, not an SCO document: the article counts it among the pressures on the region.',
    sources: [seed('In February 2020, the US released the United States Strategy for Central Asia 2019-2025,')],
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
    id: 'data-security-initiative-2020',
    date: '2020',
    title: 'China’s Global Initiative on Data Security announced to the SCO',
    kind: 'document',
    summary: 'A Chinese initiative, presented to the heads of state, for a peaceful and secure cyberspace.',
    sources: [
      seed(
        'At the meeting of the SCO Heads of State Council in 2020, President Xi Jinping announced that “China has launched the Global Initiative on Data Security, which aims to galvanize efforts to shape a peaceful, secure, open, cooperative and orderly cyberspace.”',
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
    date: '2021-09',
    title: 'Iran’s candidacy for membership accepted',
    kind: 'membership',
    place: 'Dushanbe',
    summary: 'The Dushanbe summit starts Iran’s accession after years as an observer.',
    sources: [
      {
        sourceId: 'mehrnews-2023-raisi-sco-speech',
        quote: 'At a session held in the Tajik capital of Dushanbe in September 2021, Iran’s candidacy was accepted.',
      },
      { sourceId: 'lokmattimes-2023-iran-full-member', locator: 'paragraph on the 2021 Dushanbe decision' },
    ],
    confidence: 'sourced',
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
        sourceId: 'newsghana-2022-egypt-qatar-partners',
        quote:
          'On September 14, 2022, in Tashkent, in preparation for the summit of the Shanghai Cooperation Organization, a ceremony of signing memoranda on granting the status of the SCO dialogue partner to the Arab Republic of Egypt and the State of Qatar was held,',
      },
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'date',
        value: '2022-09-14 (memoranda signed in Tashkent)',
        source: { sourceId: 'newsghana-2022-egypt-qatar-partners', locator: 'Uzbek Foreign Ministry statement' },
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
    id: 'laos-partner-decision-2025',
    date: '2025-07-15',
    title: 'Foreign ministers agree to make Laos a partner',
    kind: 'membership',
    place: 'Tianjin',
    summary: 'The foreign ministers’ council prepares Laos’s admission for the Tianjin summit.',
    sources: [{ sourceId: 'tass-2025-laos-partner-decision', locator: 'report of 15 July 2025' }],
    confidence: 'sourced',
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
      { sourceId: 'pubt-2025-laos-dialogue-partner', locator: 'Council of Heads of State decision, Tianjin, 1 September 2025' },
    ],
    confidence: 'sourced',
  },
] satisfies Milestone[];
