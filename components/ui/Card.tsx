/**
 * A bordered surface grouping one thing: a chart, a dataset, a source. With a `title` it is a
 * labelled region (its heading names it); `headingLevel` keeps the page outline right.
 */
import { useId, type ReactNode } from 'react';
import styles from './Card.module.css';

export interface CardProps {
  /** The card's heading; also its accessible name. */
  title?: ReactNode;
  /** The heading's level in the page outline (default 2). */
  headingLevel?: 2 | 3 | 4;
  /** A line under the title. */
  subtitle?: ReactNode;
  /** Controls at the top right (downloads, menus). */
  actions?: ReactNode;
  /** A quieter strip at the bottom (source line, notes). */
  footer?: ReactNode;
  /** `section` (default) for a titled region, `article` for a self-contained item, `div` for plain grouping. */
  as?: 'section' | 'article' | 'div';
  /** Anchor id for links to the card. */
  id?: string;
  className?: string;
  children?: ReactNode;
}

export function Card({ title, headingLevel = 2, subtitle, actions, footer, as: Tag = 'section', id, className, children }: CardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <Tag
      id={id}
      className={[styles.card, className].filter(Boolean).join(' ')}
      aria-labelledby={title !== undefined && Tag !== 'div' ? headingId : undefined}
    >
      {title !== undefined || actions !== undefined ? (
        <header className={styles.header}>
          <div className={styles.titles}>
            {title !== undefined ? (
              <Heading id={headingId} className={styles.title}>
                {title}
              </Heading>
            ) : null}
            {subtitle !== undefined ? <p className={styles.subtitle}>{subtitle}</p> : null}
          </div>
          {actions !== undefined ? <div className={styles.actions}>{actions}</div> : null}
        </header>
      ) : null}
      <div className={styles.body}>{children}</div>
      {footer !== undefined ? <footer className={styles.footer}>{footer}</footer> : null}
    </Tag>
  );
}
