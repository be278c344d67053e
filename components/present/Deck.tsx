'use client';
/**
 * The briefing window (`/present`): the slides at the largest 16:9 the screen allows, the toolbar
 * (counter, theme, notes, full screen, presenter view, handout, editor), the speaker notes on N,
 * the black screen on B, and the presenter channel. Its state is the URL (`slide`, `deck`) and a
 * few switches; what each key does is keyMap.ts.
 *
 * The built page is the deck itself at its first slide (default deck, default theme), so it paints
 * at once and hydrates in place; the URL and the stored theme are read just after (useUrlParams,
 * as the map and the charts do); the neighbouring slides are mounted once the page has
 * settled (useIdleStart).
 */
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Theme } from '@/components/shell/theme';
import { useUrlParams } from '@/components/ui/useUrlParams';
import { paths } from '@/lib/paths';
import { useIdleStart } from '@/lib/useIdleStart';
import { SLIDE_KIND, type Slide } from './deck';
import { DECK_PARAM, withDeckParam } from './deckCodec';
import { DECK_PENDING_ATTRIBUTE } from './deckPending';
import { DECK_THEME_KEY, DEFAULT_DECK_THEME, parseDeckTheme } from './deckTheme';
import { DeckNotice } from './DeckNotice';
import { DeckToolbar } from './DeckToolbar';
import { DownloadPowerPoint } from './DownloadPowerPoint';
import { Handout } from './Handout';
import { targetIndex, type DeckAction } from './keyMap';
import { NotesPanel } from './NotesPanel';
import type { NativeChartLibrary } from './pptxSlides';
import type { SlideLibrary } from './slideText';
import { SlideStage } from './SlideStage';
import { useDeckChannel } from './useDeckChannel';
import { useDeckInput } from './useDeckInput';
import { useDeckSourceFrom } from './useDeckSource';
import { SLIDE_PARAM } from './slideParam';
import { useSlideIndex } from './useSlideIndex';
import { DeckWordsProvider, useDeckWords } from './words/DeckWordsContext';
import type { DeckWords } from './words/deckWords';
import styles from './Deck.module.css';

export interface DeckProps {
  /** The page's words in its language (deckWords.server.ts). */
  words: DeckWords;

  library: SlideLibrary;
  defaults: readonly Slide[];
  /** The editable PowerPoint versions of the bar and line charts (from the server page). */
  nativeCharts?: NativeChartLibrary;
}

/** The digits of a slide number are forgotten after this long without Enter. */
const TYPING_TIMEOUT_MS = 4000;
export const PRESENTER_WINDOW = 'sco-atlas-presenter';

export function presenterHref(param: string | null, locale: DeckWords['locale']): string {
  return withDeckParam(paths.presenter({ locale }), param);
}

const noSubscription = () => () => undefined;

function readDeckTheme(): Theme {
  try {
    return parseDeckTheme(window.localStorage.getItem(DECK_THEME_KEY));
  } catch {
    return parseDeckTheme(document.documentElement.getAttribute('data-theme'));
  }
}

/** The deck's part of the URL; `undefined` until it is read. */
interface DeckUrl {
  slide: string | null;
  deck: string | null;
}

export function Deck({ words, ...props }: DeckProps) {
  const [params, urlReader] = useUrlParams();
  const read = params !== null;
  const slide = params?.get(SLIDE_PARAM) ?? null;
  const deck = params?.get(DECK_PARAM) ?? null;
  // A new object only when the deck's own part of the URL changes.
  const url = useMemo<DeckUrl | undefined>(() => (read ? { slide, deck } : undefined), [read, slide, deck]);
  return (
    <DeckWordsProvider words={words}>
      {urlReader}
      <DeckBody {...props} url={url} />
    </DeckWordsProvider>
  );
}

function DeckBody({ library, defaults, nativeCharts = {}, url }: Omit<DeckProps, 'words'> & { url: DeckUrl | undefined }) {
  const { words, t: say } = useDeckWords();
  const t = words.deck;
  const { locale } = words;
  const router = useRouter();
  const { source, notice, slides } = useDeckSourceFrom(library, defaults, url?.deck);
  const count = slides.length;
  const [index, go] = useSlideIndex(count, url?.slide);
  // The stored theme (already on <html>, set before paint by the layout's script), read once
  // hydrated (the built page has the default), until the briefer chooses another.
  const stored = useSyncExternalStore(noSubscription, readDeckTheme, () => DEFAULT_DECK_THEME);
  const [chosen, setThemeState] = useState<Theme | null>(null);
  const theme = chosen ?? stored;
  const [notesOpen, setNotesOpen] = useState(false);
  const [black, setBlack] = useState(false);
  const [digits, setDigits] = useState('');
  const [fullscreen, setFullscreen] = useState(false);
  const [liveYears, setLiveYears] = useState<Record<number, number>>({});
  const [play, setPlay] = useState({ index: -1, n: 0 });
  const [printing, setPrinting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  // The neighbouring slides (their frames load whole pages) wait until the page has settled.
  const settled = useIdleStart(root);

  const setTheme = useCallback((next: Theme) => {
    setThemeState(next);
    document.documentElement.setAttribute('data-theme', next);
    try {
      window.localStorage.setItem(DECK_THEME_KEY, next);
    } catch {
      // Storage blocked: the theme holds for this page.
    }
  }, []);

  const moveTo = useCallback(
    (next: number) => {
      setPlay({ index: -1, n: 0 });
      setLiveYears({});
      // Focus left in a slide's frame would stay in a hidden slide: take it back to the deck.
      if (document.activeElement instanceof HTMLIFrameElement) root.current?.focus();
      go(next);
    },
    [go],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  }, []);

  const openPresenter = useCallback(() => {
    window.open(presenterHref(source.param, locale), PRESENTER_WINDOW, 'popup,width=1280,height=800');
  }, [source.param, locale]);

  const playMap = useCallback(() => {
    if (slides[index]?.slide.kind !== SLIDE_KIND.map) return;
    setPlay((p) => ({ index, n: p.index === index ? p.n + 1 : 1 }));
  }, [slides, index]);

  const onAction = useCallback(
    (action: DeckAction) => {
      if (action.type !== 'typing') setDigits('');
      const target = targetIndex(action, index, count);
      if (target !== undefined) {
        setBlack(false);
        moveTo(target);
        return;
      }
      switch (action.type) {
        case 'typing':
          setDigits(action.digits);
          break;
        case 'black':
          setBlack((b) => !b);
          break;
        case 'notes':
          setNotesOpen((n) => !n);
          break;
        case 'fullscreen':
          toggleFullscreen();
          break;
        case 'presenter':
          openPresenter();
          break;
        case 'play':
          playMap();
          break;
        case 'escape':
          if (black) setBlack(false);
          else if (document.fullscreenElement) void document.exitFullscreen();
          else router.push(paths.home({ locale }));
          break;
      }
    },
    [index, count, moveTo, black, toggleFullscreen, openPresenter, playMap, router, locale, setDigits, setBlack, setNotesOpen],
  );

  const onMapYear = useCallback((i: number, year: number) => setLiveYears((y) => (y[i] === year ? y : { ...y, [i]: year })), []);
  useDeckInput({ digits, onAction, onMapYear, swipeArea: stage });

  useDeckChannel({ index, count, deck: source.param, black }, (command, i) => {
    if (command === 'goto' && i !== undefined) onAction({ type: 'goto', position: i + 1 });
    else if (command !== 'goto') onAction({ type: command });
  });

  // The link is read: the stage a link to another slide kept blank shows (deckPending.ts).
  useEffect(() => {
    if (url !== undefined) document.documentElement.removeAttribute(DECK_PENDING_ATTRIBUTE);
  }, [url]);

  useEffect(() => {
    if (digits === '') return;
    const timer = setTimeout(() => setDigits(''), TYPING_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [digits]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const current = slides[index];
  const counter = say(t.counter, { n: index + 1, count });
  return (
    <div ref={root} className={styles.deck} tabIndex={-1} data-notes={notesOpen || undefined} data-fullscreen={fullscreen || undefined}>
      <DeckToolbar
        counter={digits === '' ? counter : say(t.typing, { digits })}
        counterLabel={say(t.counterLabel, { n: index + 1, count })}
        atStart={index === 0}
        atEnd={index === count - 1}
        onAction={onAction}
        theme={theme}
        onTheme={setTheme}
        notesOpen={notesOpen}
        fullscreen={fullscreen}
        black={black}
        canPlay={current?.slide.kind === SLIDE_KIND.map}
        editHref={withDeckParam(paths.presentEdit({ locale }), source.param)}
        exitHref={paths.home({ locale })}
        onPrint={() => setPrinting(true)}
        printing={printing}
        pptx={<DownloadPowerPoint slides={slides} library={library} theme={theme} nativeCharts={nativeCharts} />}
      />
      <DeckNotice source={notice} />
      <div ref={stage} className={styles.stageArea} aria-label={say(t.label)} role="region">
        <SlideStage slides={slides} index={index} library={library} theme={theme} liveYears={liveYears} play={play} preload={url !== undefined && settled} />
      </div>
      {notesOpen && <NotesPanel resolved={current} id="deck-notes" className={styles.notes} />}
      {black && (
        <div className={styles.black} role="status" onClick={() => setBlack(false)}>
          <span className="visually-hidden">{say(t.blackedOut)}</span>
        </div>
      )}
      <Handout slides={slides} library={library} theme={theme} active={printing} onDone={() => setPrinting(false)} />
    </div>
  );
}
