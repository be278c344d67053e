/**
 * Joint anti-terrorist and staff exercises of the members' competent authorities (security
 * services, police, border guards), 2015 on, run with the Regional Anti-Terrorist Structure
 * (RATS calls the yearly one the Joint Anti-Terrorism Exercise, JATE). Earlier ones are in
 * `antiterror.ts`; the rules every exercise file keeps are in `index.ts`.
 */
import { PLACES, seatPoint, townPoint } from '../gazetteer';
import type { Exercise } from '../schema';
import { fromSeed, located, quoted } from '../sourceRefs';

const SEED_2019 =
  'In 2019, the SCO member states held the joint border operation Solidarity 2019-2021 and the joint anti-terrorist exercise Sary-arka-antiterror-2019.';

export const antiterrorExercisesSince2015 = [
  {
    id: 'bishkek-staff-training-2015',
    name: 'Counter-terrorism staff training of SCO competent authorities (Bishkek 2015)',
    kind: 'lawEnforcement',
    start: '2015-09-15',
    end: '2015-09-17',
    locations: [{ name: 'Bishkek', role: 'venue', country: 'KGZ', coord: townPoint(PLACES.bishkek) }],
    hosts: ['KGZ'],
    participants: ['KGZ', 'RUS', 'CHN', 'KAZ', 'TJK', 'UZB'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'inform-kz-2015-bishkek-staff-training',
        'The Anti-Terror Center of the State National Security Committee of Kyrgyzstan is holding anti-terror staff training for respective agencies of the Shanghai Cooperation Organization member states from September 15-17 in Bishkek.',
      ),
      quoted(
        'inform-kz-2015-bishkek-staff-training',
        'representatives of competent authorities of Russia, China, Kazakhstan, Tajikistan, Uzbekistan in Kyrgyzstan have been invited to the training',
      ),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'dates',
        value: '16 September 2015',
        source: located('jamestown-2015-cyber-operations', 'date of the Bishkek staff training'),
      },
    ],
    note: 'A staff exercise on joint investigations and operations against terrorist groups, held under a RATS Council decision of 19 September 2014. Personnel: not reported.',
  },
  {
    id: 'tianshan-iii-2017',
    name: 'Tianshan III (China–Kyrgyzstan frontier forces)',
    kind: 'lawEnforcement',
    start: '2017-06-27',
    locations: [
      {
        name: 'Artux, Kizilsu Kirgiz Prefecture, Xinjiang',
        role: 'exercise area: a mountainous area in Artux, near the Kyrgyz border',
        country: 'CHN',
        coord: townPoint(PLACES.artux, 'GeoNames centre of Atush (Artux), the city China Daily names as the place'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN', 'KGZ'],
    observers: ['KAZ', 'RUS', 'TJK', 'UZB'],
    troops: [
      {
        value: 700,
        qualifier: 'about',
        text: 'about 700 troops',
        source: quoted(
          'chinadaily-2017-tianshan-iii',
          'The live-fire drill, code-named Tianshan III, involved about 700 troops and took place in a mountainous area in Artux, Kezilesu Kirgiz autonomous prefecture, which borders Kyrgyzstan.',
        ),
      },
    ],
    sources: [
      quoted(
        'globaltimes-2019-online-exercise',
        "Soldiers participate in a joint anti-terrorist exercise held by China and Kyrgyzstan frontier forces in Kizilsu Kirgiz Prefecture, northwest China's Xinjiang Uygur Autonomous Region, June 27, 2017.",
      ),
      quoted(
        'globaltimes-2019-online-exercise',
        'was witnessed by representatives from Kazakhstan, China, Kyrgyzstan, Russia, Tajikistan and Uzbekistan, all the SCO member countries',
      ),
    ],
    confidence: 'sourced',
    note: 'A live-fire drill of the two countries’ border-defence forces. The name and troop number come from China Daily; the date and the observing states from a Xinhua photo caption.',
  },
  {
    id: 'sary-arka-antiterror-2019',
    name: 'Sary-Arka-Antiterror-2019',
    kind: 'lawEnforcement',
    start: '2019',
    locations: [
      {
        name: 'Sary-Arka steppe',
        role: 'the region the exercise is named after; no source read names its site',
        country: 'KAZ',
        coord: seatPoint(PLACES.karagandy, 'region', 'the Sary-Arka steppe of central Kazakhstan, which the exercise is named after (Karaganda region)'),
      },
    ],
    hosts: ['KAZ'],
    participants: ['KAZ'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'inform-kz-2019-rats-council',
        'The Shanghai Cooperation Organization\'s (SCO) member states will hold a joint anti-terrorism exercise "Sary-Arka-Antiterror 2019," the Council of the Regional Anti-Terrorist Structure (RATS) of the SCO said on Friday, China Daily reports.',
      ),
      quoted(
        'inform-kz-2019-rats-council',
        'The decision to hold a joint exercise was announced during the 34th meeting of the RATS council held in Tashkent, Uzbekistan.',
      ),
      fromSeed(SEED_2019),
    ],
    confidence: 'sourced',
    note: 'An exercise of the members’ competent authorities decided by the RATS Council in March 2019; the article says it was held in 2019. Its days, site, participants and numbers were not found in any trustworthy source. Kazakhstan as host, and the point at the seat of Karaganda region in the Sary-Arka steppe, rest on the exercise’s name alone; no trustworthy source read names its site or any state taking part. Personnel: not reported.',
  },
  {
    id: 'pabbi-antiterror-2021',
    name: 'Pabbi-Antiterror-2021',
    kind: 'lawEnforcement',
    start: '2021-09-21',
    end: '2021-10-04',
    locations: [
      {
        name: 'Pabbi, Khyber Pakhtunkhwa',
        role: 'second stage, at the National Counter Terrorism Centre',
        country: 'PAK',
        coord: townPoint(PLACES.pabbi),
      },
    ],
    hosts: ['PAK'],
    participants: ['PAK'],
    observers: ['IND'],
    troops: [],
    sources: [
      quoted(
        'sectsco-2021-pabbi-antiterror',
        "At Pakistan's suggestion, from 21 September to 4 October 2021, competent authorities of the SCO member states took part in the second stage of the Joint Anti-Terrorism Exercise (JATE), Pabbi — Anti-terror — 2021, in the city of Pabbi in the Islamic Republic of Pakistan.",
      ),
      quoted(
        'chinamil-2021-rats-council',
        'The decision to hold the joint exercise "Pabbi-Antiterror-2021" was announced during the 36th meeting of the Council of the Regional Anti-Terrorist Structure (RATS) held in Tashkent, Uzbekistan.',
      ),
      quoted(
        'news18-2021-pabbi-observers',
        'The three-member team from National Security Council Secretariat will be in Pabbi as observers and will not be involved in any military drill.',
      ),
      quoted(
        'news18-2021-pabbi-observers',
        'Pabbi is in the Khyber-Pakhtunkhwa province of Pakistan and is the base of its National Counter Terror Centre.',
      ),
      quoted(
        'thehindu-2022-manesar',
        'An Indian delegation had participated in the closing ceremony of the two-week-long JATE-2021 hosted by Pakistan at the National Counter Terrorism Centre, Pabbi, in Khyber Pukhtunkhwa, in September 2021.',
      ),
    ],
    confidence: 'sourced',
    note: 'The yearly JATE, hosted by Pakistan. The SCO Secretariat says the members’ competent authorities took part without naming them, so only the host is listed; India sent a three-member observer team. The Secretariat’s notice puts Pabbi in Punjab; Pabbi is in Khyber Pakhtunkhwa, as News18 and The Hindu say. News18 gave 4 October as the start of the drill, the Secretariat 21 September–4 October for the second stage. Personnel: not reported.',
  },
  {
    id: 'manesar-antiterror-2022',
    name: 'Manesar-Antiterror-2022',
    kind: 'lawEnforcement',
    start: '2022-07-27',
    end: '2022-10-13',
    locations: [
      {
        name: 'NSG Manesar Garrison, Manesar (Gurugram district, Haryana)',
        role: 'second stage (8–13 October); Manesar is not in the gazetteer, so the point is the seat of the Gurugram district it lies in',
        country: 'IND',
        coord: seatPoint(PLACES.gurgaon, 'district', 'Gurugram district'),
      },
    ],
    hosts: ['IND'],
    participants: ['IND', 'KAZ', 'KGZ', 'RUS', 'UZB'],
    observers: ['TJK'],
    troops: [],
    sources: [
      quoted(
        'newindianexpress-2022-manesar',
        'The Stage-1 of the Exercise was conducted from July 27 to August 1 by the National Counter Terrorist Forces of SCO Member Countries in their respective territories.',
      ),
      quoted(
        'newindianexpress-2022-manesar',
        'Stage-2 of the Exercise is being conducted from October 8 to October 13 at NSG Manesar Garrison, in which eight representatives from National Counter Terrorism Forces of Republic of Kazakhstan, Kyrgyz Republic, Republic of Uzbekistan, Russian Federation and NSG of Republic of India are participating.',
      ),
      quoted(
        'thehindu-2022-manesar',
        'Pakistan has been invited to the closing ceremony, on October 13, of the ongoing Joint Anti-Terror Exercise (JATE) under the ambit of the Shanghai Cooperation Organisation (SCO) being hosted by India, official and diplomatic sources confirmed',
      ),
      quoted(
        'zeenews-2018-manesar-police-district',
        'The Haryana government has declared Manesar as a new police district, separating it from the Gurugram police district.',
      ),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'Tajikistan',
        value: 'observer (one observer from its State Committee for National Security)',
        source: quoted(
          'thefederal-2022-manesar',
          'NSG said the exercise will be witnessed by four observers from the Executive Committee (EC) of RATS and one observer from the State Committee for National Security of Tajikistan.',
        ),
      },
      {
        field: 'Tajikistan',
        value: 'among the six countries whose counter-terrorism forces shared their drills',
        source: quoted(
          'indiatoday-2022-manesar-concludes',
          'Representatives from the counter-terrorism forces of six member countries of the SCO, RATS, including the Republic of Kazakhstan, Kyrgyz Republic, Republic of Uzbekistan, Tajikistan, Russian Federation and the Indian NSG mutually shared their drills, procedures, best practices and other innovative methodologies to build capabilities and capacity to fight the menace of terrorism, separatism and extremism',
        ),
      },
    ],
    note: 'The yearly JATE, hosted by India’s National Security Guard: the first stage was held by each member’s forces at home, the second at the NSG garrison in Manesar. Participants follow the NSG statement; India Today’s report of the close also counts Tajikistan. Pakistan was invited to the closing ceremony; whether it attended was not found. Personnel: not reported as a total (“eight representatives” is not clear as a total or per country).',
  },
  {
    id: 'anti-terrorism-interaction-2024',
    name: 'Anti-terrorism Interaction-2024',
    kind: 'lawEnforcement',
    start: '2024-07',
    locations: [
      {
        name: 'Xinjiang Uygur Autonomous Region',
        role: 'exercise area; the sources name the region only',
        country: 'CHN',
        coord: seatPoint(PLACES.urumqi, 'region', 'Xinjiang Uygur Autonomous Region'),
      },
    ],
    hosts: ['CHN'],
    participants: ['CHN'],
    observers: [],
    troops: [],
    sources: [
      quoted(
        'xinhua-2024-interaction',
        'Authorities from the Shanghai Cooperation Organization (SCO) member states have conducted the "Interaction-2024" joint counter-terrorism exercise in northwest China\'s Xinjiang Uygur Autonomous Region, the Ministry of Public Security said on Tuesday.',
      ),
      quoted(
        'tass-2024-cooperation-counterterrorism',
        'In accordance with the SCO RATS Council\'s decision of September 8, 2023, the relevant agencies of SCO member states prepared and held joint counterterrorism drills dubbed ‘Cooperation - Counterterrorism 2024’ in the Xinjiang autonomous region of China',
      ),
      located('mehr-sco-counterterrorism-exercise', 'describes Interaction-2024 as the first of a series of joint drills'),
    ],
    confidence: 'sourced',
    claims: [
      {
        field: 'participants',
        value: 'the relevant agencies of all SCO member states (not named one by one)',
        source: quoted(
          'xinhua-2024-interaction',
          'The exercise marks the first time the relevant agencies from all SCO member states have participated in a joint counter-terrorism live drill.',
        ),
      },
      {
        field: 'name',
        value: 'Cooperation - Counterterrorism 2024 (RATS statement)',
        source: quoted('tass-2024-cooperation-counterterrorism', 'joint counterterrorism drills dubbed ‘Cooperation - Counterterrorism 2024’'),
      },
    ],
    note: 'The first live drill in which agencies of every member state took part, held under a RATS Council decision of 8 September 2023 and reported on 23 July 2024 without exact days or site. The sources say every member took part but name none but the host, so only China is listed (the members that month were Belarus, China, India, Iran, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan). Personnel: not reported.',
  },
  {
    id: 'sahand-antiterror-2025',
    name: 'Sahand-Antiterror-2025 (Sahand-2025)',
    kind: 'lawEnforcement',
    start: '2025-12-01',
    end: '2025-12-05',
    locations: [
      {
        name: 'Shabestar county, East Azarbaijan province',
        role: 'exercise area; the final stage (4 December) was announced for near Tabriz',
        country: 'IRN',
        coord: seatPoint(PLACES.shabestar, 'district', 'Shabestar county'),
      },
    ],
    hosts: ['IRN'],
    participants: ['BLR', 'CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB'],
    observers: ['AZE', 'SAU'],
    troops: [],
    sources: [
      quoted(
        'report-az-2025-sahand-announcement',
        'He added that the joint exercises and closing ceremony are scheduled to take place near Tabriz, Iran, on December 4.',
      ),
      quoted(
        'irandaily-2025-sahand',
        'Hosted by the Ground Force of Iran’s Islamic Revolution Guards Corps (IRGC), the drill, named “Sahand-2025,” will run for five days in Shabestar county, said a statement by the IRGC.',
      ),
      quoted(
        'tass-2025-sahand-begins',
        'The deputy spokesman noted that the five-day drills started in Iran’s East Azarbaijan Province on Monday.',
      ),
      quoted(
        'tehrantimes-2025-sahand',
        'The Sahand 2025 joint anti-terrorism drill began in Iran’s East Azerbaijan Province earlier this week and is set to wrap up Friday.',
      ),
      located('mehr-sco-counterterrorism-exercise', 'RATS director’s announcement of the exercise near Tabriz on 4 December 2025'),
    ],
    confidence: 'conflicting',
    claims: [
      {
        field: 'participants',
        value: 'Belarus, Iran, India, China, Pakistan, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan; Saudi Arabia, Azerbaijan and Iraq as guests',
        source: quoted(
          'mehr-2025-sahand-participants',
          'The countries including Belarus, Iran, India, China, Pakistan, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan are participating in the exercise, and Saudi Arabia, the Republic of Azerbaijan and Iraq are present at the exercise as guests',
        ),
      },
      {
        field: 'participants',
        value: 'units of all ten member states',
        source: quoted(
          'tehrantimes-2025-sahand',
          'It is being held under the Shanghai Cooperation Organization (SCO) framework, with the participation of special and operational units from all ten SCO member states: Iran, China, Russia, India, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, and Belarus.',
        ),
      },
      {
        field: 'participants',
        value: 'five countries taking part, 13 or 14 observing (not named)',
        source: quoted(
          'tass-2025-sahand-begins',
          'Iranian Foreign Ministry spokesman Esmail Baghaei said that five countries will take part in the exercises, while 13 or 14 others will observe them.',
        ),
      },
    ],
    note: 'The RATS director announced it as a joint exercise of the members’ competent authorities; it was hosted by the Ground Force of the IRGC. Participants follow the exercise director (Mehr) and Tehran Times, who name all ten members; Iran’s foreign ministry spoke of five taking part. Saudi Arabia and Azerbaijan, present as guests, are listed as observers; Iraq, also a guest, has no code in this dataset. The five days run from Monday 1 December. Personnel: not reported as a whole-exercise total (the director spoke of 20 security officials, 60 chiefs of staff and 40 commanders of operational units present).',
  },
] satisfies Exercise[];
