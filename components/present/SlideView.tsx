/**
 * One slide, 16:9, its type sized to its own height (container query units, Slide.module.css): a
 * chart slide is the chart's embed page filling the slide (its frame carries title, legend, source
 * line and as-of); a map slide is the map's embed page between the slide's title and its source
 * line; the title, contested-figures and sources slides are text from the SlideLibrary. Draws no
 * chart or map itself.
 */
import type { Theme } from '@/components/shell/theme';
import { LangText } from '@/components/ui/LangText';
import { langAttribute } from '@/lib/textLanguage';
import { SLIDE_KIND } from './deck';
import { SlideFrame } from './SlideFrame';
import type { ResolvedSlide, SlideLibrary, SlideText } from './slideText';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Slide.module.css';

export interface SlideViewProps {
  resolved: ResolvedSlide;
  library: SlideLibrary;
  /** 1-based place in the deck. */
  position: number;
  theme: Theme;
  /** The year the map shows now (it moves while the map plays). */
  liveYear?: number;
  /** Each new value asks the map to play its years. */
  playRequest?: number;
  /** Mounted ahead, hidden: its frame holds its page's scripts until shown (SlideFrame). */
  held?: boolean;
}

function Footer({ text }: { text: SlideText }) {
  const { words } = useDeckWords();
  return (
    <footer className={styles.footer}>
      {text.sourceLine !== '' && <LangText as="p" className={styles.source} text={text.sourceLine} locale={words.locale} />}
      <p className={styles.asOf}>{text.asOfText}</p>
    </footer>
  );
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The text of a slide, with the briefer's own title when set. */
export function slideTitle(resolved: ResolvedSlide, library: SlideLibrary, liveYear?: number): string {
  if (resolved.slide.title !== undefined) return resolved.slide.title;
  if (liveYear !== undefined && resolved.slide.kind === SLIDE_KIND.map) return (library.map[liveYear] ?? resolved.text).title;
  return resolved.text.title;
}

export function SlideView({ resolved, library, position, theme, liveYear, playRequest, held }: SlideViewProps) {
  const { words, t } = useDeckWords();
  const { locale } = words;
  const recordLang = locale === 'en' ? undefined : 'en';
  const { slide } = resolved;
  const title = slideTitle(resolved, library, liveYear);
  const frameTitle = t(words.deck.frameTitle, { n: position, title });

  if (slide.kind === SLIDE_KIND.chart && resolved.embed) {
    return (
      <div className={styles.slide} data-kind="chart">
        <SlideFrame id={resolved.embed.id} query={resolved.embed.query} locale={locale} theme={theme} title={frameTitle} held={held} className={styles.chartFrame} />
      </div>
    );
  }

  if (slide.kind === SLIDE_KIND.map && resolved.embed) {
    const text = liveYear !== undefined ? (library.map[liveYear] ?? resolved.text) : resolved.text;
    return (
      <div className={styles.slide} data-kind="map">
        <div className={styles.page}>
          <h2 className={styles.title}>{title}</h2>
          <SlideFrame id={resolved.embed.id} query={resolved.embed.query} locale={locale} theme={theme} title={frameTitle} playRequest={playRequest} held={held} className={styles.mapFrame} />
          <Footer text={text} />
        </div>
      </div>
    );
  }

  const text = resolved.text;
  return (
    <div className={styles.slide} data-kind={slide.kind}>
      <div className={styles.page}>
        {slide.kind === SLIDE_KIND.title ? (
          <div className={styles.titleBody}>
            <p className={styles.eyebrow}>{library.title.content.eyebrow}</p>
            <h2 className={styles.bigTitle}>{title}</h2>
            <p className={styles.lede}>{library.title.content.lede}</p>
            <LangText as="p" className={styles.facts} text={library.title.content.facts} locale={locale} />
            <p className={styles.facts}>{library.title.content.asOfText}</p>
          </div>
        ) : (
          <>
            <h2 className={styles.title}>{title}</h2>
            <div className={styles.textBody}>
              <LangText as="p" className={styles.subtitle} text={text.subtitle} locale={locale} />
              {slide.kind === SLIDE_KIND.contested && (
                <ul className={styles.items}>
                  {library.contested.items.map((item) => (
                    <li key={item.figure}>
                      {/* The figure's name in the deck's language where it has words for it (a record's own
                          name, as the data write it, marked English); the sources' claims as written (English). */}
                      <LangText as="strong" text={item.figure} locale={locale} />
                      <span className={styles.claims} lang={recordLang}>
                        {item.claims.join(' · ')}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              {slide.kind === SLIDE_KIND.sources && (
                <ul className={styles.items}>
                  {library.sources.items.map((item) => (
                    // A source's name as the data write it (English), marked so on another language's deck.
                    <li key={item.url} lang={langAttribute(item.text, locale)}>
                      <ExternalLink href={item.url}>{item.text}</ExternalLink>
                    </li>
                  ))}
                </ul>
              )}
              {slide.kind === SLIDE_KIND.contested && <p className={styles.more}>{library.contested.more}</p>}
              {slide.kind === SLIDE_KIND.sources && <p className={styles.more}>{library.sources.more}</p>}
            </div>
          </>
        )}
        <Footer text={text} />
      </div>
    </div>
  );
}
