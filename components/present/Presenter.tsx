'use client';
/**
 * The presenter view (`/present/presenter`, a second window): the current slide and the next, the
 * current slide's notes, the time since it opened and the clock. It follows the briefing window
 * over the presenter channel (channel.ts) and drives it: keys pressed here are sent there as
 * commands, and the briefing window's state comes back. If the briefing window closes (or stops
 * answering), it says so and keeps the last slide on screen. Must be inside <Suspense>.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '@/components/shell/theme';
import { paths } from '@/lib/paths';
import { parseChannelMessage, PRESENT_CHANNEL, SILENCE_MS, type ChannelMessage, type Command, type DeckState } from './channel';
import type { Slide } from './deck';
import { withDeckParam } from './deckCodec';
import { chooseDeck } from './deckSource';
import { DECK_THEME_KEY, parseDeckTheme } from './deckTheme';
import { targetIndex, type DeckAction } from './keyMap';
import { NotesPanel } from './NotesPanel';
import { PresenterClock } from './PresenterClock';
import { resolveSlide, type SlideLibrary } from './slideText';
import { SlideStage } from './SlideStage';
import { useDeckInput } from './useDeckInput';
import { useDeckSource } from './useDeckSource';
import type { DeckWords } from './words/deckWords';
import { DeckWordsProvider, useDeckWords } from './words/DeckWordsContext';
import styles from './Presenter.module.css';

export interface PresenterProps {
  /** The page's words in its language (deckWords.server.ts). */
  words: DeckWords;

  library: SlideLibrary;
  defaults: readonly Slide[];
}

type Link = 'waiting' | 'connected' | 'closed';

function readTheme(): Theme {
  try {
    return parseDeckTheme(window.localStorage.getItem(DECK_THEME_KEY));
  } catch {
    return parseDeckTheme(null);
  }
}

export function Presenter({ words, ...props }: PresenterProps) {
  return (
    <DeckWordsProvider words={words}>
      <PresenterBody {...props} />
    </DeckWordsProvider>
  );
}

function PresenterBody({ library, defaults }: Omit<PresenterProps, 'words'>) {
  const { words, t: say } = useDeckWords();
  const p = words.presenter;
  const t = { open: say(p.open), heading: say(p.heading), current: say(p.current), next: say(p.next), end: say(p.end), connected: say(p.connected), closed: say(p.closed), waiting: say(p.waiting) };
  const own = useDeckSource(library, defaults);
  const [remote, setRemote] = useState<DeckState | null>(null);
  const [link, setLink] = useState<Link>('waiting');
  const [localIndex, setLocalIndex] = useState(0);
  const [digits, setDigits] = useState('');
  const [theme] = useState<Theme>(readTheme);
  const channel = useRef<BroadcastChannel | null>(null);
  const heard = useRef(0);
  const area = useRef<HTMLDivElement>(null);

  // The briefing window's deck when it has said which; else the one this page was opened with.
  const remoteDeck = remote?.deck ?? null;
  const views = own.views;
  const followsOwn = remote === null || remoteDeck === own.source.param;
  const remoteSlides = useMemo(
    () => (followsOwn ? null : chooseDeck(remoteDeck, null, defaults, views).slides.map((s) => resolveSlide(s, library, views))),
    [followsOwn, remoteDeck, defaults, views, library],
  );
  const slides = remoteSlides ?? own.slides;
  const count = slides.length;
  const index = Math.min(count - 1, link === 'connected' && remote ? remote.index : localIndex);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(PRESENT_CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const m = parseChannelMessage(e.data);
      if (m?.type === 'state') {
        heard.current = Date.now();
        setRemote({ index: m.index, count: m.count, deck: m.deck, black: m.black });
        setLocalIndex(m.index);
        setLink('connected');
      } else if (m?.type === 'bye') {
        setLink('closed');
      }
    };
    ch.postMessage({ type: 'hello' } satisfies ChannelMessage);
    const watch = setInterval(() => {
      if (heard.current > 0 && Date.now() - heard.current > SILENCE_MS) setLink((l) => (l === 'connected' ? 'closed' : l));
    }, 500);
    return () => {
      clearInterval(watch);
      ch.close();
      channel.current = null;
    };
  }, []);

  const send = useCallback((command: Command, i?: number) => {
    channel.current?.postMessage({ type: 'command', command, ...(i === undefined ? {} : { index: i }) } satisfies ChannelMessage);
  }, []);

  const onAction = useCallback(
    (action: DeckAction) => {
      setDigits(action.type === 'typing' ? action.digits : '');
      const target = targetIndex(action, index, count);
      if (target !== undefined) {
        setLocalIndex(target);
        send('goto', target);
      } else if (action.type === 'black' || action.type === 'play') {
        send(action.type);
      }
    },
    [index, count, send],
  );
  useDeckInput({ digits, onAction, swipeArea: area });

  const current = slides[index];
  const status = link === 'connected' ? t.connected : link === 'closed' ? t.closed : t.waiting;
  return (
    <div className={styles.presenter} ref={area}>
      <header className={styles.header}>
        <h1 className={styles.heading}>{t.heading}</h1>
        <p role="status" className={link === 'closed' ? styles.alert : styles.status} data-link={link}>
          {status}{' '}
          {link !== 'connected' && (
            // The briefing window of this deck, in this language (it opens beside this one).
            <a href={withDeckParam(paths.present({ locale: words.locale }), own.source.param)} target="_blank" rel="noopener">
              {t.open}
            </a>
          )}
        </p>
        <PresenterClock />
      </header>
      <div className={styles.main}>
        <section className={styles.current} aria-label={t.current}>
          <h2 className={styles.label}>
            {t.current} · {index + 1} / {count}
          </h2>
          <div className={styles.preview}>
            <SlideStage slides={slides} index={index} library={library} theme={theme} preload={false} preview />
          </div>
        </section>
        <section className={styles.next} aria-label={t.next}>
          <h2 className={styles.label}>{t.next}</h2>
          <div className={styles.preview}>
            {index + 1 < count ? <SlideStage slides={slides} index={index + 1} library={library} theme={theme} preload={false} preview /> : <p className={styles.end}>{t.end}</p>}
          </div>
        </section>
        <NotesPanel resolved={current} id="presenter-notes" className={styles.notes} />
      </div>
    </div>
  );
}
