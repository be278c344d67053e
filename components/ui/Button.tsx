import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import styles from './Button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';
export type ButtonSize = 'sm' | 'md';

interface ButtonLook {
  /** `primary` for the one main action, `secondary` (default) for the rest, `ghost` for quiet ones. */
  variant?: ButtonVariant;
  /** `sm` in toolbars and tables, `md` (default) elsewhere. */
  size?: ButtonSize;
  /** An icon before the label; decorative, hidden from assistive technology. */
  icon?: ReactNode;
}

function classes(variant: ButtonVariant, size: ButtonSize, extra: string | undefined): string {
  return [styles.button, styles[variant], styles[size], extra].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonLook, ButtonHTMLAttributes<HTMLButtonElement> {
  ref?: Ref<HTMLButtonElement>;
}

/** A button. `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant = 'secondary', size = 'md', icon, className, type = 'button', children, ref, ...rest }: ButtonProps) {
  return (
    <button ref={ref} type={type} className={classes(variant, size, className)} {...rest}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </button>
  );
}

export interface ButtonLinkProps extends ButtonLook, AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where the link goes; a plain anchor (downloads, files, other pages). */
  href: string;
}

/** A link that looks like a button: for downloads and page-level actions that navigate. */
export function ButtonLink({ variant = 'secondary', size = 'md', icon, className, children, ...rest }: ButtonLinkProps) {
  return (
    <a className={classes(variant, size, className)} {...rest}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </a>
  );
}
