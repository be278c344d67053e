import type { Source } from '../schema';

/**
 * Sources for the national terrorism statistics and the RATS figures.
 *
 * Titles are the page's headline where it was read; otherwise a plain description of the page in
 * square brackets. Dates are the publication date as far as the page or its address gives it.
 */
export const statisticsSources = [
  // Russia
  {
    id: 'tass-2020-nac-year-results',
    title: '[National Antiterrorism Committee statement on the results of 2020]',
    publisher: 'TASS',
    date: '2020-12-08',
    url: 'https://tass.com/society/1232511',
    kind: 'news',
    description:
      'The committee’s year-end statement of 8 December 2020: 61 terror-related crimes prevented, 41 of them attacks, with militants killed and detained and weapons seized.',
  },
  {
    id: 'lenta-2020-nac-41-attacks',
    title: 'В России предотвращен 41 теракт',
    publisher: 'Lenta.ru, after RIA Novosti',
    date: '2020-12-08',
    url: 'https://lenta.ru/news/2020/12/08/nakk/amp',
    kind: 'news',
    description:
      'The committee’s year-end statement of 8 December 2020 as RIA Novosti reported it: 41 attacks prevented, 55 underground cells uncovered, 49 militants neutralised, 149 foreigners refused entry.',
  },
  {
    id: 'vesti-2021-nac-2020-review',
    title: '[In 2020 Russia’s counter-terrorism units prevented 44 attacks and killed more than 50 militants]',
    publisher: 'Vesti.ru (VGTRK), after TASS',
    url: 'https://vesti.ru/article/2552892',
    kind: 'news',
    description:
      'The committee’s later review of 2020 by Igor Kulyagin (April 2021): 44 attacks prevented, more than 50 militants killed, 71 terrorist cells broken up.',
  },
  {
    id: '5tv-2020-nac-2019-results',
    title: 'НАК: 34 теракта предотвращено в России в 2019 году',
    publisher: 'Channel 5 (5-tv.ru)',
    date: '2020',
    url: 'https://m.5-tv.ru/news/286569/nak-34-terakta-predotvraseno-vrossii-v2019-godu',
    kind: 'news',
    description:
      'Igor Kulyagin, first deputy head of the committee’s staff, on 2019: 57 terrorist crimes prevented while being prepared, 34 of them attacks; 78 cells stopped.',
  },
  {
    id: 'eadaily-2018-nac-2017-results',
    title: 'В 2017 году в России было предотвращено 25 терактов',
    publisher: 'EADaily',
    date: '2018-02-28',
    url: 'https://eadaily.com/ru/news/2018/02/28/v-2017-godu-v-rossii-bylo-predotvrashcheno-25-teraktov',
    kind: 'news',
    description:
      'Igor Kulyagin’s press conference of 28 February 2018 on 2017: 25 attacks and 68 terrorist crimes prevented while being prepared, more than 50 cells stopped.',
  },
  {
    id: 'salamnews-2016-fsb-42-attacks',
    title: 'ФСБ РФ предотвратила 42 теракта за год',
    publisher: 'SalamNews, after TASS',
    date: '2016-12-13',
    url: 'http://salamnews.org/ru/news/read/249354',
    kind: 'news',
    description:
      'FSB director Alexander Bortnikov at the committee’s meeting of December 2016 as TASS reported him: 42 attacks prevented in 2016, 129 militants killed.',
  },
  {
    id: 'asiaplus-2016-fsb-42-crimes',
    title: '[Russia’s special services prevented 42 crimes of a terrorist nature in 2016]',
    publisher: 'Asia-Plus, after Interfax',
    url: 'https://asiaplus.news/?p=219450',
    kind: 'news',
    description:
      'The same statement of Bortnikov as Interfax reported it: 42 crimes of a terrorist nature prevented while being prepared.',
  },
  {
    id: 'tass-2026-bortnikov-twenty-years',
    title: '[Bortnikov: results of twenty years of the National Antiterrorism Committee]',
    publisher: 'TASS',
    date: '2026-03-10',
    url: 'https://tass.com/politics/2099155',
    kind: 'news',
    description:
      'The FSB director’s 20-year totals: attempted attacks prevented, militants eliminated and accomplices detained.',
  },

  // Uzbekistan
  {
    id: 'sputnikuz-2021-sgb-2020-results',
    title: '[State Security Service: four terrorist acts prevented last year] (in Uzbek)',
    publisher: 'Sputnik Uzbekistan',
    date: '2021-04-05',
    url: 'https://sputniknews.uz/amp/20210405/dxx-otgan-yili-4-ta-terrorchilik-aktining-oldi-oldi-18148384.html',
    kind: 'news',
    description:
      'The State Security Service’s account of 2020: four terrorist acts prevented, 67 underground groups stopped, 98 citizens returned and prosecuted.',
  },
  {
    id: 'sputnikcn-2022-uzbekistan-first-half',
    title: '[Uzbekistan: extremists detained in the first half of 2022] (in Chinese)',
    publisher: 'Sputnik China',
    date: '2022-07-21',
    url: 'https://sputniknews.cn/amp/20220721/1042629268.html',
    kind: 'news',
    description: 'Mid-year 2022 figures for Uzbekistan: more than 250 detained, four underground groups.',
  },

  // Kyrgyzstan
  {
    id: '24kg-2020-gknb-counter-terrorism',
    title: 'SCNS Chairman tells about work on countering terrorism',
    publisher: '24.kg',
    date: '2020-12-24',
    url: 'https://24.kg/english/177854_SCNS_Chairman_tells_about_work_on_countering_terrorism/',
    kind: 'news',
    description:
      'Kamchybek Tashiev, head of the State Committee for National Security, on 2020: two attacks prevented, 29 terrorists and accomplices detained, 229 criminal cases.',
  },
  {
    id: '24kg-2020-gknb-counter-terrorism-ru',
    title: '[Head of the GKNB on the work of countering terrorism] (Russian version)',
    publisher: '24.kg',
    date: '2020-12',
    url: 'https://24.kg/obschestvo/177795_glava_gknb_rasskazal_orabote_poprotivodeystviyu_terrorizmu/amp',
    kind: 'news',
    description: 'Russian-language version of the same report.',
  },

  // Tajikistan
  {
    id: 'sputniktj-2021-prosecutor-2020-crimes',
    title: '[Prosecutor General Yusuf Rahmon on crimes of a terrorist and extremist character in 2020] (in Tajik)',
    publisher: 'Sputnik Tajikistan',
    date: '2021-02-03',
    url: 'https://sputnik.tj/amp/20210203/Rahmon-jinoyti-ifroti-terroristi-1032748733.html',
    kind: 'news',
    description:
      'The Prosecutor General’s full-year count for 2020 of extremist and terrorist crimes registered, with the 2019 count in brackets.',
  },
  {
    id: 'asiaplus-2021-shahrinav',
    title: 'Tajik police prevent a terrorist attack in Shahrinav, says Interior Minister',
    publisher: 'Asia-Plus',
    date: '2021-02-19',
    url: 'https://asiaplus.news/en/2021/02/19/tajik-police-prevent-a-terrorist-attack-in-shahrinav-says-interior-minister',
    kind: 'news',
    description:
      'Interior Minister Ramazon Rahimzoda on 2020: 271 supporters of terrorist and extremist groups detained and one attack prevented.',
  },
  {
    id: 'asiaplustj-2024-first-half-attacks',
    title: 'Ministry of Internal Affairs: three terrorist attacks prevented in Tajikistan in H1 2024',
    publisher: 'Asia-Plus',
    date: '2024-08-08',
    url: 'https://asiaplustj.info/en/news/tajikistan/security/20240808/ministry-of-internal-affairs-three-terrorist-attacks-prevented-in-tajikistan-in-h1-2024',
    kind: 'news',
    description: 'First Deputy Interior Minister on January–June 2024: three attacks prevented and two attempted.',
  },

  // Kazakhstan
  {
    id: 'rankingkz-2020-terrorism-offences',
    title: '[Kazakhstan ranks 93rd of 135 in the ranking of countries most exposed to terrorism]',
    publisher: 'Ranking.kz',
    url: 'https://ranking.kz/reviews/other/v-rejtinge-naibolee-opasnyh-po-urovnyu-terrorizma-stran-kazahstan-zanyal-93-e-mesto-iz-135.html',
    kind: 'news',
    description:
      'Review of the Prosecutor General’s legal statistics: offences related to extremism and terrorism registered in January–October 2020 and 2019.',
  },
  {
    id: 'stategov-2020-kazakhstan-terrorism-report',
    title: 'Country Reports on Terrorism 2020: Kazakhstan',
    publisher: 'U.S. Department of State',
    url: 'https://www.state.gov/reports/country-reports-on-terrorism-2020/kazakhstan/',
    kind: 'official',
    description: 'The U.S. government’s annual country report; records no terrorist incidents in Kazakhstan in 2020.',
  },
  {
    id: 'ktkz-2018-kazakhstan-three-attacks',
    title: 'Terrorist attacks have been prevented in Kazakhstan’s three cities in 2018',
    publisher: 'Kazakhstan Today (kt.kz)',
    url: 'https://www.kt.kz/eng/society/terrorist_attacks_have_been_prevented_in_kazakhstans_three_cities_in_2018_1153665417.html',
    kind: 'news',
    description: 'National Security Committee figures for 2018: attacks prevented in Aktobe, Astana and Oral; 13 detained.',
  },
  {
    id: 'vlast-2023-kazakhstan-2022-attacks',
    title: '[Three terrorist attacks prevented in Kazakhstan in 2022 — KNB]',
    publisher: 'Vlast.kz',
    url: 'https://vlast.kz/novosti/53522-tri-terakta-predotvraseno-v-kazahstane-v-2022-godu-knb.html',
    kind: 'news',
    description: 'National Security Committee chairman on 2022: three attacks prevented, 56 convicted.',
  },
  {
    id: 'arbatmedia-2025-knb-report-2024',
    title: '[KNB reports to Tokayev on terrorist attacks prevented in Kazakhstan]',
    publisher: 'Arbat Media',
    url: 'https://arbatmedia.kz/news-kz/knb-dolozil-tokaevu-o-predotvrashhenii-teraktov-v-kazaxstane-8167',
    kind: 'news',
    description: 'National Security Committee chairman on 2024: four attacks prevented, 84 convicted, 44 suspects detained.',
  },
  {
    id: 'strategy2050-kazakhstan-prosecutions',
    title: '[Prosecutions for extremism and terrorism in Kazakhstan, 2014–2017]',
    publisher: 'Strategy2050.kz',
    url: 'https://strategy2050.kz/en/news/51119/',
    kind: 'news',
    description: 'Prosecutor General statistics on persons prosecuted for extremism and terrorism offences, by year.',
  },
  {
    id: 'timesca-kazakhstan-court-cases',
    title: 'Over 100 cases of terrorism and extremism addressed by Kazakh courts',
    publisher: 'The Times of Central Asia',
    url: 'https://timesca.com/over-100-cases-of-terrorism-and-extremism-addressed-by-kazakh-courts',
    kind: 'news',
    description: 'Individuals sent to court for extremism and terrorism crimes in 2022 and 2023.',
  },
  {
    id: 'eadaily-2019-almaty-antiterror-exercise',
    title: '[Anti-terrorist exercises held near Almaty]',
    publisher: 'EADaily',
    date: '2019-08-16',
    url: 'https://eadaily.com/ru/news/2019/08/16/antiterroristicheskie-ucheniya-prohodyat-pod-alma-atoy',
    kind: 'news',
    description: 'Exercise report quoting the security services: more than 100 attacks prevented in Kazakhstan in ten years.',
  },

  // RATS
  {
    id: 'sputnikuz-2019-rats-unified-database',
    title: '[SCO security services have created a unified database of militants] (in Russian)',
    publisher: 'Sputnik Uzbekistan',
    date: '2019-03-15',
    url: 'https://uz.sputniknews.ru/amp/20190315/boeviki-specslujbi-shos-11023599.html',
    kind: 'news',
    description:
      'FSB First Deputy Director Sergei Smirnov, chair of the RATS Council, after its March 2019 meeting: more than 4,500 radicals in the unified database.',
  },
  {
    id: 'interfax-2017-rats-wanted-persons',
    title: '[RATS conference in Tashkent: about 2,500 people wanted for terrorism and extremism]',
    publisher: 'Interfax',
    url: 'https://interfax.com/newsroom/top-stories/26017/',
    kind: 'news',
    description:
      'Report from a RATS conference in Tashkent; the page gives “Nov 1” without a year (2017 is inferred from the weekday and the director then in office).',
  },
  {
    id: 'tass-2017-rats-three-years',
    title: '[RATS: results of counter-terrorism cooperation over three years]',
    publisher: 'TASS',
    date: '2017-10-25',
    url: 'https://tass.com/world/972509',
    kind: 'news',
    description:
      'RATS deputy director Akhat Mukashev on three years of results: crimes prevented, terrorists detained, weapons seized, websites restricted.',
  },
  {
    id: 'cgtn-2018-rats-results',
    title: '[CGTN report on SCO counter-terrorism results, 2013–2017]',
    publisher: 'CGTN',
    date: '2018',
    url: 'https://news.cgtn.com/news/7a457a4d32454464776c6d636a4e6e62684a4856/share_p.html',
    kind: 'news',
    description: 'Chinese state broadcaster’s summary of SCO counter-terrorism results for 2013–2017.',
  },
  {
    id: 'russiaislworld-2019-rats-2018-results',
    title: '[More than 600 terrorists detained in SCO countries in 2018]',
    publisher: 'Russia – Islamic World strategic vision group',
    date: '2019',
    url: 'https://russia-islworld.ru/novosti//v-2018-godu-v-stranah-sos-zaderzano-bolee-600-terroristov',
    kind: 'news',
    description: 'RATS director Dzhumakhon Giyosov on the results of 2018.',
  },
  {
    id: 'tass-2022-rats-2021-results',
    title: '[RATS director on counter-terrorism results for 2021]',
    publisher: 'TASS',
    date: '2022-09-16',
    url: 'https://tass.com/world/1508645',
    kind: 'news',
    description: 'RATS director Ruslan Mirzayev at the Samarkand summit on the results of 2021.',
  },
  {
    id: 'interfax-2016-rats-2015-results',
    title: '[RATS director on joint operations and blocked websites in 2015]',
    publisher: 'Interfax',
    date: '2016-10-27',
    url: 'https://interfax.com/newsroom/top-stories/30311/',
    kind: 'news',
    description: 'RATS director Yevgeny Sysoyev on joint detentions and extraditions and on websites blocked in 2015.',
  },
] satisfies Source[];
