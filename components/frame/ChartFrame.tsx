import { LangText } from '@/components/ui/LangText';
import Link from '@/components/ui/Link';
import type { ReactNode } from 'react';
import { messages, type Locale } from '@/lib/i18n';
import styles from './ChartFrame.module.css';
import type { FrameSpec } from './frameSpec';
import { asOfLine } from './frameWords';
import { LegendSwatch } from './LegendSwatch';
import { ViewLink } from './ViewLink';

/** The figure's id: `chart-<id>` (what the export menu targets). */
export function frameId(id: string): string {
  return `chart-${id}`;
}

export interface ChartFrameProps {
  /** Stable id of the chart; prefixes the ids inside the frame. */
  id: string;
  /** The page's language (the data date's words). */
  locale: Locale;
  spec: FrameSpec;
  /** Heading level of the title: 1 on a chart's own page, 2 (default) or 3 inside other pages. */
  headingLevel?: 1 | 2 | 3;
  /** URL parameters the view depends on; the footer link carries their current values. */
  linkParams?: readonly string[];
  children: ReactNode;
}

/**
 * The captioned frame every chart sits in: title, subtitle and legend above, the chart (and its
 * table) in the middle, the source line, data date and link to the view below. Renders a
 * `FrameSpec`, the same plain data the export module draws around exported charts.
 */
export function ChartFrame({ id, locale, spec, headingLevel = 2, linkParams, children }: ChartFrameProps) {
  const t = messages(locale).charts.frame;
  const Heading = `h${headingLevel}` as const;
  const titleId = `${id}-title`;
  const plainLink = (
    <Link href={spec.url} className={styles.link}>
      {t.link}
    </Link>
  );
  return (
    <figure id={frameId(id)} className={styles.frame} aria-labelledby={titleId} data-chart={id}>
      <figcaption className={styles.caption}>
        <Heading id={titleId} className={styles.title}>
          {spec.title}
        </Heading>
        <LangText as="p" className={styles.subtitle} text={spec.subtitle} locale={locale} />
        {spec.legend.length > 0 && (
          <ul className={styles.legend} aria-label={t.legend}>
            {spec.legend.map((item) => (
              <li key={`${item.shape}-${item.colorToken}-${item.label}`} className={styles.legendItem}>
                <LegendSwatch shape={item.shape} colorToken={item.colorToken} />
                <LangText text={item.label} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      <div className={styles.body}>{children}</div>
      <footer className={styles.footer}>
        {spec.sourceLine !== '' && <LangText as="p" className={styles.source} text={spec.sourceLine} locale={locale} />}
        <p className={styles.meta}>
          <span>{asOfLine(spec.asOf, locale)}</span>
          <span aria-hidden="true"> · </span>
          {linkParams && linkParams.length > 0 ? (
            <ViewLink href={spec.url} params={linkParams} text={t.link} className={styles.link} />
          ) : (
            plainLink
          )}
        </p>
      </footer>
    </figure>
  );
}
