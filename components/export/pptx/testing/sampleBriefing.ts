/**
 * A deck shaped like the default briefing of issue #17, for the PowerPoint tests and the bench:
 * title slide; the map in 1996, 2001, 2017, 2024 and the data year; membership; terrorism 2020;
 * RATS figures; exercises by year; milestones; contested figures; sources. Titles, source lines
 * and the editable charts come from the real data and the charts' own frame specs; the images
 * come from the caller (placeholders of the size `slideImage` renders). Not used by the site.
 */
import { nativeChartsFor } from '@/components/charts/nativeChartsFromData';
import { CHART_ID, type ChartId } from '@/components/charts/chartIds';
import { exercisesFrameSpec, yearBins } from '@/components/charts/ExercisesByYear/exercisesByYearState';
import { asOfYear, membershipFrameSpec, yearCounts } from '@/components/charts/Membership/membershipState';
import { milestonePoints, milestonesFrameSpec } from '@/components/charts/Milestones/milestonesState';
import { ratsFrameSpec } from '@/components/charts/RatsFigures/ratsFiguresState';
import { FIRST_SOURCE_ID, serverContext } from '@/components/charts/shared/serverContext';
import { terrorismFrameSpec } from '@/components/charts/Terrorism2020/terrorism2020State';
import { SOURCE_LINE_MAX, type FrameSpec } from '@/components/frame/frameSpec';
import { asOfLine, buildSourceLine } from '@/components/frame/frameWords';
import { exercises } from '@/data/exercises';
import { milestones } from '@/data/milestones';
import { ratsFigures } from '@/data/ratsFigures';
import { sources } from '@/data/sources';
import { states } from '@/data/states';
import { terrorismStats } from '@/data/terrorismStats';
import { format, messages } from '@/lib/i18n';
import type { PptxDeckInfo, PptxSlide, SlideImage } from '../deckTypes';
import { figureBox, figurePixels } from '../slideLayout';

/** The image for a slide, given the pixel size `slideImage` would render it at. */
export type ImageFor = (size: { width: number; height: number }, slideIndex: number) => SlideImage;

const ORIGIN = 'https://atlas.example.org';

export function sampleBriefing(imageFor: ImageFor, date = '2026-12-05'): { deck: PptxDeckInfo; slides: PptxSlide[] } {
  const ctx = serverContext('en');
  const latest = asOfYear(ctx.asOf);
  const counts = yearCounts(states, ctx.asOf);
  const charts: { id: ChartId; frame: FrameSpec }[] = [
    { id: CHART_ID.membership, frame: membershipFrameSpec(states, counts, ctx, FIRST_SOURCE_ID) },
    { id: CHART_ID.terrorism2020, frame: terrorismFrameSpec(terrorismStats, ctx, { otherYears: false, firstSourceId: FIRST_SOURCE_ID }) },
    { id: CHART_ID.ratsFigures, frame: ratsFrameSpec(ratsFigures, ctx, { allMetrics: false, firstSourceId: FIRST_SOURCE_ID }) },
    { id: CHART_ID.exercisesByYear, frame: exercisesFrameSpec(exercises, yearBins(exercises, latest), ctx, FIRST_SOURCE_ID) },
    { id: CHART_ID.milestones, frame: milestonesFrameSpec(milestonePoints(milestones, ctx, { allKinds: false }), ctx, FIRST_SOURCE_ID) },
  ];
  // The map's source line names the records on it: as long as a source line gets.
  const mapSources = buildSourceLine(sources.map((s) => s.id), sources, { firstId: FIRST_SOURCE_ID, max: SOURCE_LINE_MAX }, 'en');

  const withImage = (slide: PptxSlide, index: number): PptxSlide => ({ ...slide, image: imageFor(figurePixels(figureBox(slide)), index) });
  const mapSlides = [1996, 2001, 2017, 2024, latest].map((year) => ({
    title: format(messages('en').export.mapFrame.title, { layers: 'members, joint exercises and border incidents', year }, 'en'),
    notes: `The map in ${year}: statuses as on 31 December, the exercises and incidents of the year.`,
    sourceLine: mapSources,
    asOf: asOfLine(ctx.asOf, 'en'),
    link: `${ORIGIN}/?year=${year}`,
  }));
  const chartSlides = charts.map(({ id, frame }) => {
    const native = nativeChartsFor(id, 'en');
    return {
      title: frame.title,
      notes: `${frame.title}. ${frame.subtitle}`,
      sourceLine: frame.sourceLine,
      asOf: asOfLine(frame.asOf, 'en'),
      link: `${ORIGIN}${frame.url}`,
      ...(native.length > 0
        ? { nativeChart: native, editable: { title: format(messages('en').export.pptx.editableTitle, { title: frame.title }, 'en'), note: messages('en').export.pptx.editableNote } }
        : {}),
    };
  });
  const slides: PptxSlide[] = [
    {
      title: 'SCO security cooperation: a briefing',
      notes: 'What the atlas is: members by year, joint exercises, border incidents, terrorism statistics and RATS figures, each sourced.',
      sourceLine: '',
      asOf: asOfLine(ctx.asOf, 'en'),
      body: ['An atlas of the Shanghai Cooperation Organization’s security cooperation', `Briefing of ${date}`],
      layout: 'title',
    },
    ...[...mapSlides, ...chartSlides].map((slide, i) => withImage(slide, i + 1)),
    {
      title: 'Contested figures',
      notes: 'Russia’s 2020 count of attacks prevented: 41 in the article, 44 in UrduPoint (2021). RATS’s 45,000 of March 2019 against 4,500.',
      sourceLine: 'Source: Su Chang & Li Xinwei (2021); UrduPoint (2021)',
      asOf: asOfLine(ctx.asOf, 'en'),
      body: ['Russia, terrorist attacks prevented, 2020: 41 (the article) or 44 (UrduPoint, 2021)', 'RATS database, March 2019: 45,000 or 4,500'],
    },
    {
      title: 'Sources',
      notes: 'Every figure in this briefing cites its source; the atlas lists them all at /sources.',
      sourceLine: '',
      asOf: asOfLine(ctx.asOf, 'en'),
      link: `${ORIGIN}/sources/`,
      body: sources.slice(0, 8).map((s) => `${s.publisher}: ${s.title}`),
    },
  ];
  return { deck: { title: 'SCO security cooperation: a briefing', asOf: asOfLine(ctx.asOf, 'en'), date }, slides };
}
