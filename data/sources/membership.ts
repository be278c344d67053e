import type { Source } from '../schema';

/**
 * Sources for states' status history and the milestones timeline.
 *
 * Titles are the page's headline where it was read; otherwise a plain description of the page in
 * square brackets. Dates are the publication date as far as the page or its address gives it.
 *
 * Also cited by the states and milestones, but kept with the exercise sources that share them:
 * `latestly-2018-peace-mission` and `governancetoday-2019-sary-arka` (data/sources/exerciseSources.ts).
 */
export const membershipSources = [
  // Reference works and chronologies
  {
    id: 'movatter-wikipedia-sco',
    title: 'Shanghai Cooperation Organisation',
    publisher: 'Wikipedia (English), as mirrored by movatter.jp',
    url: 'http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FShanghai_Cooperation_Organisation',
    kind: 'reference',
    description:
      'Mirror of the encyclopedia article on the SCO; used for the Shanghai Five of 1996 and for Iran’s accession in 2023.',
  },
  {
    id: 'wikien4-wikipedia-sco',
    title: 'Shanghai Cooperation Organisation',
    publisher: 'Wikipedia (English), as mirrored by wikien4.appspot.com',
    url: 'http://wikien4.appspot.com/wiki/Shanghai_Cooperation_Organisation',
    kind: 'reference',
    description:
      'Mirror of the encyclopedia article on the SCO; used for the founding date, the Charter’s signature and entry into force, and the 2017 accessions.',
  },
  {
    id: 'photius-sco-chronology',
    title: 'Shanghai Cooperation Organization: chronology',
    publisher: 'photius.com',
    url: 'https://photius.com/shanghai_cooperation_organization/',
    kind: 'reference',
    description: 'Dated chronology of the Shanghai Five summits from 1996 to 1999 and of the SCO’s first years.',
  },
  {
    id: 'wikimili-sco-member-states',
    title: 'Member states of the Shanghai Cooperation Organisation',
    publisher: 'WikiMili (Wikipedia mirror)',
    url: 'https://wikimili.com/en/Member_states_of_the_Shanghai_Cooperation_Organisation',
    kind: 'reference',
    description: 'Mirror of the encyclopedia list of member, observer and partner states; cross-check for the founders.',
  },
  {
    id: 'panor-rats-interaction-methodology',
    title:
      '[Article on improving the methods by which the RATS Executive Committee works with the competent bodies of SCO member states]',
    publisher: 'Panorama publishing house (panor.ru)',
    url: 'https://panor.ru/articles/o-sovershenstvovanii-metodologii-vzaimodeystviya-ispolnitelnogo-komiteta-regionalnoy-antiterroristicheskoy-struktury-shankhayskoy-organizatsii-sotrudnichestva-s-kompetentnymi-organami-gosudarstvchlenov-shankhayskoy-organizatsii-sotrudnichestva/81989.html',
    kind: 'article',
    description:
      'Russian journal article on the RATS; gives the signature of the RATS Agreement in St Petersburg on 7 June 2002.',
  },

  // Observers and the 2005 Astana summit
  {
    id: 'thehindu-2005-india-observer',
    title: 'India to join Shanghai group as observer',
    publisher: 'The Hindu (Vladimir Radyuhin, Moscow)',
    date: '2005-06',
    url: 'https://www.thehindu.com/todays-paper/tp-national/india-to-join-shanghai-group-as-observer/article27381151.ece',
    kind: 'news',
    description:
      'Report, written the month before, that India, Pakistan and Iran would receive observer status at the Astana summit of 5–6 July 2005; also names Mongolia as the one observer so far.',
  },
  {
    id: 'opoyi-2022-sco-summit-attendees',
    title: 'SCO Summit 2022: which countries are attending the diplomatic event',
    publisher: 'Opoyi',
    date: '2022',
    url: 'https://opoyi.com/world/sco-summit-2022-which-countries-are-attending-the-diplomatic-event-751291',
    kind: 'news',
    description:
      'Explainer listing members, observers and dialogue partners with the year each status began (Iran observer 2005; Belarus dialogue partner 2010, observer 2015).',
  },
  {
    id: 'inform-2017-mongolia-president-astana',
    title: 'President of Mongolia lands in Astana',
    publisher: 'Kazinform',
    date: '2017-06-08',
    url: 'https://en.inform.kz/news/president-of-mongolia-lands-in-astana_a3034124/',
    kind: 'news',
    description: 'Report on the 2017 Astana summit; recalls that Mongolia became the first observer at the 2004 Tashkent summit.',
  },
  {
    id: 'urdupoint-2019-mongolia-full-member',
    title: 'Russia would welcome Mongolia as full-fledged member of SCO',
    publisher: 'UrduPoint News / Sputnik',
    date: '2019-12-03',
    url: 'https://www.urdupoint.com/en/world/russia-would-welcome-mongolia-as-full-fledged-777638.html',
    kind: 'news',
    description: 'Interview with Russia’s ambassador to Mongolia; confirms Mongolia’s observer status dates from 2004.',
  },

  // Dialogue partners, 2009–2015
  {
    id: 'interfax-2009-yekaterinburg-partners',
    title: '[Medvedev announces dialogue-partner status for Belarus and Sri Lanka at the Yekaterinburg summit]',
    publisher: 'Interfax (Russian)',
    date: '2009-06-16',
    url: 'https://www.interfax.ru/amp/85291',
    kind: 'news',
    description: 'Report from the Yekaterinburg summit of 16 June 2009 announcing the new dialogue partners.',
  },
  {
    id: 'sputnikde-2009-fm-dialogue-partners',
    title: '[SCO foreign ministers agree to make Belarus and Sri Lanka dialogue partners]',
    publisher: 'Sputnik Deutschland, after RIA Novosti',
    date: '2009-05-15',
    url: 'https://de.sputniknews.com/politik/20090515121601487/',
    kind: 'news',
    description: 'Report of the foreign ministers’ decision of 15 May 2009 that preceded the summit’s.',
  },
  {
    id: 'revbel-2010-lukashenko-sco-summit',
    title: '[Lukashenko not invited to the SCO summit]',
    publisher: 'Revbel',
    date: '2010-06',
    url: 'http://revbel.org/en/2010/06/lukashenko-ne-pozvali-na-sammit-shos',
    kind: 'news',
    description: 'June 2010 report noting that Belarus’s dialogue-partner memoranda had just been signed.',
  },
  {
    id: 'priu-2009-sri-lanka-partner',
    title: 'Sri Lanka gains partnership in SCO',
    publisher: 'Policy Research & Information Unit, Presidential Secretariat of Sri Lanka',
    date: '2009-06-17',
    url: 'http://www.priu.gov.lk/news_update/Current_Affairs/ca200906/20090617sl_gains_partnership_in_sco.htm',
    kind: 'official',
    description: 'Sri Lankan government news item on becoming a dialogue partner at the Yekaterinburg summit.',
  },
  {
    id: 'avim-sri-lanka-sco-participation',
    title: 'Sri Lanka aims to increase level of participation in SCO: ambassador to Russia Dayan Jayatilleka',
    publisher: 'AVİM (Center for Eurasian Studies)',
    url: 'https://avim.org.tr/en/Bulten/SRI-LANKA-AIMS-TO-INCREASE-LEVEL-OF-PARTICIPATION-IN-SCO-AMBASSADOR-TO-RUSSIA-DAYAN-JAYATILLEKA',
    kind: 'news',
    description: 'Bulletin item on Sri Lanka’s standing as a dialogue partner.',
  },
  {
    id: 'zeenews-2012-afghanistan-turkey',
    title: 'SCO admits Afghanistan as observer, Turkey as dialogue partner',
    publisher: 'Zee News',
    date: '2012-06',
    url: 'http://zeenews.india.com/news/world/sco-admits-afghanistan-as-observer-turkey-as-dialogue-partner_780323.html',
    kind: 'news',
    description: 'Report of Hu Jintao’s announcement after the 2012 Beijing summit.',
  },
  {
    id: 'nation-2014-india-pakistan-apply',
    title: 'India, Pakistan file formal applications for full membership in SCO',
    publisher: 'The Nation (Pakistan)',
    date: '2014-09-13',
    url: 'https://nation.com.pk/13-Sep-2014/india-pakistan-file-formal-applications-for-full-membership-in-sco',
    kind: 'news',
    description: 'Report from the 2014 Dushanbe summit on the two applications for full membership.',
  },
  {
    id: 'prime-2015-ufa-accession-procedure',
    title: '[Ufa summit decides to start admitting India and Pakistan]',
    publisher: '1prime.ru (PRIME news agency)',
    date: '2015-07-10',
    url: 'https://1prime.ru/amp/20150710/815170589.html',
    kind: 'news',
    description: 'Report of the heads of state’s decision at Ufa to begin the accession procedure for India and Pakistan.',
  },
  {
    id: 'massispost-2015-ufa-dialogue-partners',
    title: 'Armenia joins Shanghai Cooperation Organization as partner in dialogue',
    publisher: 'Massis Post',
    date: '2015-07',
    url: 'https://massispost.com/2015/07/armenia-joins-shanghai-cooperation-organization-as-partner-in-dialogue/',
    kind: 'news',
    description: 'Report that Armenia, Azerbaijan, Cambodia and Nepal became dialogue partners at the one-day Ufa summit.',
  },
  {
    id: 'armenianclub-2015-ufa-dialogue-partners',
    title: '[Azerbaijan, Armenia, Cambodia and Nepal admitted to the SCO as dialogue partners]',
    publisher: 'armenianclub.com, after Sputnik',
    date: '2015-07',
    url: 'https://armenianclub.com/?p=827',
    kind: 'news',
    description:
      'Quotes Putin at Ufa on the four new dialogue partners and on launching the admission of India and Pakistan.',
  },

  // Iran, Belarus and the 2022 expansion of dialogue partners
  {
    id: 'mehrnews-2023-raisi-sco-speech',
    title: 'Raeisi to deliver speech at SCO Summit as full member',
    publisher: 'Mehr News Agency',
    date: '2023-07-03',
    url: 'https://en.mehrnews.com/news/202751/Raeisi-to-deliver-speech-at-SCO-Summit-as-full-member',
    kind: 'news',
    description: 'Eve-of-summit report; recalls that Iran’s candidacy was accepted at Dushanbe in September 2021.',
  },
  {
    id: 'lokmattimes-2023-iran-full-member',
    title: 'Iran formally becomes full member of SCO, PM Modi conveys best wishes to President Ebrahim Raisi',
    publisher: 'Lokmat Times',
    date: '2023-07-04',
    url: 'https://www.lokmattimes.com/international/iran-formally-becomes-full-member-of-sco-pm-modi-conveys-best-wishes-to-president-ebrahim-raisi/',
    kind: 'news',
    description:
      'Report of the virtual summit chaired by India: Iran joins as a member and Belarus signs its memorandum of obligations.',
  },
  {
    id: 'shafaqna-2023-iran-flag-sco',
    title: 'Video: Iran’s flag raised at SCO headquarters',
    publisher: 'Shafaqna English',
    url: 'https://en.shafaqna.com/315481/video-irans-flag-raised-at-sco-headquarters/',
    kind: 'news',
    description: 'Report of the flag ceremony marking Iran’s accession as the ninth member on 4 July 2023.',
  },
  {
    id: 'peoplecn-2022-samarkand-summit',
    title: '[Xinhua report on the 22nd meeting of the SCO Council of Heads of State, Samarkand]',
    publisher: 'People’s Daily Online (English), after Xinhua',
    date: '2022-09-16',
    url: 'http://en.people.cn/n3/2022/0916/c90000-10148236.html',
    kind: 'news',
    description:
      'Summit report: Iran’s memorandum of obligations, the start of Belarus’s accession and agreement on admitting new dialogue partners.',
  },
  {
    id: 'sputnik-2022-samarkand-live',
    title: 'Live updates: SCO summit in Uzbekistan enters its second and final day',
    publisher: 'Sputnik International',
    date: '2022-09-16',
    url: 'https://sputniknews.com/20220916/live-updates-sco-summit-in-uzbekistan-enters-its-second-and-final-day-1100838656.html',
    kind: 'news',
    description: 'Live blog of the Samarkand summit; already counts Iran among nine members, ahead of its formal accession.',
  },
  {
    id: 'newsghana-2022-egypt-qatar-partners',
    title: 'Egypt and Qatar granted status of SCO dialogue partner',
    publisher: 'News Ghana, after the Uzbek Foreign Ministry',
    date: '2022-09-14',
    url: 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/',
    kind: 'news',
    description: 'Reports the Tashkent ceremony of 14 September 2022 at which the two memoranda were signed.',
  },
  {
    id: 'uzmetronom-2023-saudi-partner',
    title: '[“I am not a freeloader, I am a partner”: on Saudi Arabia’s SCO dialogue-partner status]',
    publisher: 'Uzmetronom',
    date: '2023-03-30',
    url: 'https://uzmetronom.agency/2023/03/30/ya-ne-halyavshhik-ya-partnjor.html',
    kind: 'news',
    description:
      'Commentary after the Saudi cabinet approved the memorandum; dates the Egyptian, Qatari and Saudi memoranda to the Samarkand summit.',
  },
  {
    id: 'tass-2022-samarkand-partner-procedures',
    title: '[SCO to launch procedures for new dialogue partners at the Samarkand summit]',
    publisher: 'TASS',
    date: '2022-09-13',
    url: 'https://tass.com/politics/1506931',
    kind: 'news',
    description: 'Pre-summit report that the heads of state would launch the procedure for Bahrain, the Maldives and others.',
  },
  {
    id: 'timesofaddu-2022-maldives-partner',
    title: 'SCO dialogue partner status granted to Maldives',
    publisher: 'Times of Addu',
    date: '2022-09-18',
    url: 'https://timesofaddu.com/2022/09/18/sco-dialogue-partner-status-granted-to-maldives',
    kind: 'news',
    description: 'Maldivian report dating the grant of status to the Samarkand Declaration of 15 September 2022.',
  },
  {
    id: 'sputnikglobe-2023-sco-expansion',
    title: 'Growing across Eurasia: which countries want to join SCO',
    publisher: 'Sputnik International',
    date: '2023-07-04',
    url: 'https://sputnikglobe.com/20230704/growing-across-eurasia-which-countries-want-to-join-sco-1111665310.html',
    kind: 'news',
    description: 'Explainer listing the dialogue partners as of July 2023, including the 2022 intake.',
  },
  {
    id: 'headpost-2024-belarus-10th-member',
    title: 'Belarus joins SCO, becomes its 10th member state',
    publisher: 'Head Post',
    date: '2024-07',
    url: 'https://head-post.com/belarus-joins-sco-becomes-its-10th-member-state',
    kind: 'news',
    description:
      'Report of Belarus’s admission; recalls the founding on 15 June 2001, the 2017 and 2023 accessions and Belarus’s earlier statuses.',
  },
  {
    id: 'astanatimes-2024-belarus-10th-member',
    title: 'SCO welcomes Belarus as its 10th member state',
    publisher: 'The Astana Times',
    date: '2024-07',
    url: 'https://astanatimes.com/2024/07/sco-welcomes-belarus-as-its-10th-member-state/',
    kind: 'news',
    description: 'Report from the Astana summit of 4 July 2024 admitting Belarus.',
  },
  {
    id: 'shine-2024-belarus-member',
    title: '[Belarus becomes a full member of the SCO]',
    publisher: 'Shanghai Daily (shine.cn)',
    date: '2024-07-04',
    url: 'https://www.shine.cn/biz/event/2407045318/',
    kind: 'news',
    description: 'Same-day report of Belarus’s admission at the Astana summit.',
  },

  // 2025: Laos and the single partner category
  {
    id: 'tass-2025-laos-partner-decision',
    title: '[SCO foreign ministers agree to grant Laos partner status]',
    publisher: 'TASS',
    date: '2025-07-15',
    url: 'https://tass.com/politics/1989781',
    kind: 'news',
    description: 'Report from the foreign ministers’ meeting in Tianjin that decided to grant Laos partner status.',
  },
  {
    id: 'pubt-2025-laos-dialogue-partner',
    title: '[Laos granted SCO dialogue-partner status by the Council of Heads of State]',
    publisher: 'pubt.io',
    url: 'https://pubt.io/view/96C098CF616AE2E137A189041D23C6FB4645D088',
    kind: 'news',
    description: 'Report of the Tianjin summit decision admitting Laos.',
  },
  {
    id: 'tass-2025-tianjin-partner-category',
    title: 'With admission of Laos as partner SCO grows to 27 like-minded countries — Chinese MFA',
    publisher: 'TASS',
    date: '2025-09-01',
    url: 'https://tass.com/world/2010381/amp',
    kind: 'news',
    description:
      'Wang Yi after the Tianjin summit: observers and dialogue partners merged into one category of SCO partners, Laos admitted, 17 partners in all.',
  },
] satisfies Source[];
