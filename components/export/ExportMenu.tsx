'use client';
/**
 * The Export menu of a chart or the map: PNG at 1×, 2×, 4× and slide sizes, SVG, the data as CSV,
 * and Copy image. A menu button ("Export chart" / "Export map"), keyboard reachable; a status
 * line says what happened. With `content` as a value its props are serialisable, so server
 * components can render it; a client parent may pass `content` as a function instead.
 *
 *   <ExportMenu kind="chart" content={{ frame: spec, rows }} columns={columns} fileBase="terrorism-2020"
 *     locale={locale} words={exportMenuWords(locale)} />
 *
 * Its words come from the server page (`exportMenuWords`, exportWords.ts): it never imports the catalogue.
 *
 * It exports the `svg[data-export-plot]` of the view it was opened from: inside its nearest
 * `[data-export-scope]` ancestor, the `[data-export-target]` element named by `target` (the scope
 * itself when it is that target). No global id, so one chart or map can appear twice on a page.
 *
 * What happened ("Downloaded …", "Copied …") is said in a live region (role="status") with its
 * own background: in the view's status area when the page gives it one (`[data-export-status]`
 * in the scope or just before it: the map's, above the map, so the message never covers it),
 * else as a note under the button, kept inside the window. Neither moves the button.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { FrameSpec } from '@/components/frame/frameSpec';
import { Menu } from '@/components/ui/Menu';
import { formatMessage } from '@/lib/messages/compiled';
import { LOCALE_TAGS, type SiteLocale } from '@/lib/messages/locales';
import type { CsvCell, CsvColumn } from './csv';
import { exportRootOf } from './exportRoot';
import { registerFigureTarget } from './figureTargets';
import styles from './ExportMenu.module.css';
import { EXPORT_OPTIONS, exportOption } from './exportOptions';
import type * as ExportViewModule from './exportView';
import type { ExportKind, ExportTarget } from './exportView';
import type { ExportMenuWords } from './exportWords';

type ExportView = typeof ExportViewModule;

let exportView: ExportView | undefined;
let exportViewLoading: Promise<ExportView> | undefined;

/**
 * The export pipeline (capture, fonts, frame layout, PNG encoding) is not part of the page's first
 * load: it is fetched once the reader starts using the page (in idle time), when they point at or
 * focus the menu, or at the latest on their first export.
 */
function loadExportView(): Promise<ExportView> {
  exportViewLoading ??= import('./exportView').then((module) => (exportView = module));
  return exportViewLoading;
}

/** What an export carries besides the picture. */
export interface ExportContent {
  /** The words drawn around the plot: title, subtitle, legend, source line, as-of date, link. */
  frame: FrameSpec;
  /** The data as shown (the chart's table rows), for the CSV. */
  rows: readonly Record<string, CsvCell>[];
  /** The year the view shows, for the file names; the map's defaults to the page's `year` parameter. */
  year?: number | string;
}

export interface ExportMenuProps {
  /** A chart or the map: names the button ("Export chart") and adds the boundaries note to map exports. */
  kind: ExportKind;
  /** Which `[data-export-target]` of the menu's scope holds the plot: `main` unless the chart
   * shows an alternate view. */
  target?: string;
  /**
   * What the export carries: the frame's words and the rows as shown. A function is called only
   * when an export needs it (the reader points at, focuses or uses the menu), at that moment: the
   * map's rows are costly and change with every year step.
   */
  content: ExportContent | (() => ExportContent);
  /** The CSV's columns, in order, with the table's header labels. */
  columns: readonly CsvColumn[];
  /** What the files are called before the year and size: "terrorism-2020", "sco-map". */
  fileBase: string;
  /** Query parameters the view depends on; the printed link carries their current values. */
  linkParams?: readonly string[];
  /** The page's language: the menu's words, the numbers and dates of the exported frame. */
  locale: SiteLocale;
  /** The menu's words in that language (`exportMenuWords(locale)` on the server). */
  words: ExportMenuWords;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  className?: string;
}

const CLEAR_AFTER_MS = 12_000;
/** Space kept between a note under the button and the window's edges, in px. */
const EDGE = 8;

/** The status area a page gives the view the menu belongs to, if any. */
function statusAreaOf(menu: Element | null): HTMLElement | null {
  const scope = menu?.closest('[data-export-scope]');
  if (!scope) return null;
  const inside = scope.querySelector<HTMLElement>('[data-export-status]');
  if (inside) return inside;
  const before = scope.previousElementSibling;
  return before instanceof HTMLElement && before.matches('[data-export-status]') ? before : null;
}

function DownloadIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8m0 0L4.5 6.5M8 10l3.5-3.5M2.5 12.5v1h11v-1" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ExportMenu({ kind, target = 'main', content, columns, fileBase, linkParams, locale, words: t, align = 'end', className }: ExportMenuProps) {
  const tag = LOCALE_TAGS[locale];
  const format = (message: ExportMenuWords['status'][keyof ExportMenuWords['status']], values?: Readonly<Record<string, string | number>>) =>
    formatMessage(message, tag, values);
  const self = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [statusArea, setStatusArea] = useState<HTMLElement | null>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const busy = useRef(false);
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(clearTimer.current), []);

  // The page's status area for this view, found once the menu is on the page.
  useEffect(() => setStatusArea(statusAreaOf(self.current)), []);

  // A note under the button is moved sideways to stay inside the window (never cut off).
  useLayoutEffect(() => {
    const el = note.current;
    if (!el || statusArea) return;
    el.style.removeProperty('--export-status-shift');
    if (status === '') return;
    const box = el.getBoundingClientRect();
    const room = document.documentElement.clientWidth;
    const shift = box.left < EDGE ? EDGE - box.left : box.right > room - EDGE ? room - EDGE - box.right : 0;
    if (shift !== 0) el.style.setProperty('--export-status-shift', `${Math.round(shift)}px`);
  }, [status, statusArea]);

  // Once the reader starts using the page, fetch the export code and font files in idle time, so the
  // first export does not wait for the network. Never during load: nothing is fetched for readers who
  // only read. Parsing the fonts waits until the menu is approached (warm), so it never lands in the
  // middle of the reader's work on the page (a year step, say).
  useEffect(() => {
    let idle: number | undefined;
    const start = () => {
      stop();
      const prepare = () => void loadExportView().then((view) => view.prefetchFonts(), () => undefined);
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(prepare, { timeout: 3000 }) : window.setTimeout(prepare, 500);
    };
    const stop = () => {
      window.removeEventListener('pointerdown', start, true);
      window.removeEventListener('keydown', start, true);
    };
    window.addEventListener('pointerdown', start, true);
    window.addEventListener('keydown', start, true);
    return () => {
      stop();
      if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
    };
  }, []);

  const say = (message: string, clear: boolean) => {
    clearTimeout(clearTimer.current);
    setStatus(message);
    if (clear) clearTimer.current = setTimeout(() => setStatus(''), CLEAR_AFTER_MS);
  };

  const failure = (error: unknown) => {
    if (exportView && error instanceof exportView.ExportError) return format(t.status[error.reason], error.params);
    return format(t.status.error, { reason: error instanceof Error ? error.message : String(error) });
  };

  /** The target as it is now (content computed if it is a function). */
  const targetNow = (): ExportTarget => ({
    kind,
    root: exportRootOf<HTMLElement>(self.current, target),
    columns,
    fileBase,
    linkParams,
    locale,
    words: { legend: t.legend, mapNote: t.mapNote, asOf: t.asOf },
    ...(typeof content === 'function' ? content() : content),
  });

  // A briefing deck may ask this document for its figure (figureTargets.ts): the view as it is then.
  const latestTarget = useRef(targetNow);
  useEffect(() => {
    latestTarget.current = targetNow;
  });
  useEffect(
    () =>
      registerFigureTarget(() => {
        const { kind: k, root, frame, linkParams: params, locale: l, words } = latestTarget.current();
        return { kind: k, root, frame, linkParams: params, locale: l, words };
      }),
    [],
  );

  // Pointing at or focusing the control starts the slow parts (fonts, capture, the 2× image).
  const warming = useRef<Promise<void> | undefined>(undefined);
  const warm = () => {
    if (warming.current || busy.current) return;
    const target = targetNow();
    warming.current = loadExportView()
      .then((view) => view.warmUp(target))
      .catch(() => undefined)
      .finally(() => {
        warming.current = undefined;
      });
  };

  const onSelect = (key: string) => {
    const action = exportOption(key);
    if (!action || busy.current) return;
    busy.current = true;
    const target = targetNow();
    const done = () => {
      busy.current = false;
    };
    if (action.type === 'copy') {
      // The clipboard write must start inside the user's gesture: at once when the export code is
      // loaded (it is, once the reader has pointed at or focused the menu), else right after it loads.
      const copy = (view: ExportView) => {
        say(format(t.status.copying), false);
        return view.copyImage(target).then(({ result, width, height }) => {
          if (result === 'copied') say(format(t.status.copied, { width, height }), true);
          else say(format(t.status[result]), true);
        });
      };
      (exportView ? copy(exportView) : loadExportView().then(copy)).catch((error: unknown) => say(failure(error), true)).finally(done);
      return;
    }
    loadExportView()
      .then((view) => {
        const file = view.exportFileName(target, action.format);
        say(format(t.status.working, { file }), false);
        return view.exportFile(target, action.format);
      })
      .then((r) =>
        say(
          r.width !== undefined && r.height !== undefined
            ? format(t.status.downloadedSize, { file: r.file, width: r.width, height: r.height })
            : format(t.status.downloaded, { file: r.file }),
          true,
        ),
      )
      .catch((error: unknown) => say(failure(error), true))
      .finally(done);
  };

  return (
    <div
      ref={self}
      className={[styles.root, className].filter(Boolean).join(' ')}
      data-export-ignore=""
      onPointerEnter={warm}
      onFocus={warm}
    >
      <Menu
        label={t.button}
        buttonLabel={t.buttonLabel[kind]}
        icon={<DownloadIcon />}
        items={EXPORT_OPTIONS.map((o) => ({ key: o.key, label: t.items[o.key].label, description: t.items[o.key].description }))}
        onSelect={onSelect}
        align={align}
      />
      {statusArea ? (
        createPortal(
          <p role="status" aria-live="polite" aria-atomic="true" className={styles.status}>
            {status}
          </p>,
          statusArea,
        )
      ) : (
        <p ref={note} role="status" aria-live="polite" aria-atomic="true" className={`${styles.status} ${styles.note}`}>
          {status}
        </p>
      )}
    </div>
  );
}
