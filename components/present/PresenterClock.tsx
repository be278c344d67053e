'use client';
/** The presenter view's timer (since the view opened, or since Reset) and the time of day. */
import { useEffect, useState } from 'react';
import { LOCALE_TAGS } from '@/lib/messages/locales';
import { useDeckWords } from './words/DeckWordsContext';
import styles from './Presenter.module.css';

/** "1:05:09" or "05:09". */
export function elapsedText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function PresenterClock() {
  const { words, t: say } = useDeckWords();
  const t = { elapsed: say(words.presenter.elapsed), reset: say(words.presenter.reset), clock: say(words.presenter.clock) };
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className={styles.clocks}>
      <p className={styles.clock}>
        <span className={styles.clockLabel}>{t.elapsed}</span> <time data-elapsed="">{elapsedText(now - start)}</time>
      </p>
      <button
        type="button"
        className={styles.reset}
        onClick={() => {
          const at = Date.now();
          setStart(at);
          setNow(at);
        }}
      >
        {t.reset}
      </button>
      <p className={styles.clock}>
        <span className={styles.clockLabel}>{t.clock}</span>{' '}
        <time dateTime={new Date(now).toISOString()}>{new Date(now).toLocaleTimeString(LOCALE_TAGS[words.locale], { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })}</time>
      </p>
    </div>
  );
}
