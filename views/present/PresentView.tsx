import type { Metadata } from 'next';
import { NATIVE_CHART_IDS, nativeChartsFor } from '@/components/charts/nativeChartsFromData';
import { Deck } from '@/components/present/Deck';
import { defaultDeck } from '@/components/present/deck';
import { DECK_PENDING_SCRIPT } from '@/components/present/deckPending';
import { slideLibrary } from '@/components/present/notes/slideLibrary.server';
import type { NativeChartLibrary } from '@/components/present/pptxSlides';
import { deckWords } from '@/components/present/words/deckWords.server';
import { messages, type Locale } from '@/lib/i18n';
import { paths } from '@/lib/paths';
import { pageMetadata } from '../metadata';
import deckStyles from '@/components/present/Deck.module.css';

export function presentMetadata(locale: Locale): Metadata {
  const t = messages(locale).present.metadata;
  return pageMetadata(locale, (o) => paths.present(o), { title: t.title, description: t.description });
}

/**
 * /present: the briefing. The default deck (components/present/deck.ts) or the one in the URL or
 * this browser; every slide's words (and the editable charts of the .pptx) worked out here, at build
 * time, from the data. The built page is the deck at its title slide; it reads the URL once hydrated.
 */
export function PresentView({ locale }: { locale: Locale }) {
  const t = messages(locale).present.metadata;
  const library = slideLibrary(locale);
  const defaults = defaultDeck(library.views.maxYear);
  const words = deckWords(locale);
  // The bar and line charts' data for "Download PowerPoint"'s editable charts: plain props.
  const nativeCharts: NativeChartLibrary = Object.fromEntries(NATIVE_CHART_IDS.map((id) => [id, nativeChartsFor(id, locale)]));
  return (
    <main className={deckStyles.fullWindow} aria-labelledby="deck-heading">
      <h1 id="deck-heading" className="visually-hidden">
        {t.title}
      </h1>
      {/* Before the deck paints: a link to another slide or deck keeps the stage blank until it is read (deckPending.ts). */}
      <script dangerouslySetInnerHTML={{ __html: DECK_PENDING_SCRIPT }} />
      <Deck words={words} library={library} defaults={defaults} nativeCharts={nativeCharts} />
    </main>
  );
}
