/**
 * An on/off control: a switch (`role="switch"`, `aria-checked`) for settings that take effect at
 * once, or a pressed button (`aria-pressed`) for toolbar toggles such as map layers.
 * Controlled and hook-free: use it inside a client component that owns the state.
 */
import type { ReactNode } from 'react';
import styles from './Toggle.module.css';

export interface ToggleProps {
  /** Whether it is on. */
  pressed: boolean;
  /** Called with the new state when the user flips it. */
  onPressedChange: (pressed: boolean) => void;
  /** The visible label; also the accessible name. */
  children: ReactNode;
  /** `switch` (default) draws a track and thumb; `button` a button that stays pressed. */
  variant?: 'switch' | 'button';
  /** A swatch or icon before the label (e.g. a legend colour); decorative. */
  icon?: ReactNode;
  disabled?: boolean;
  className?: string;
  id?: string;
}

export function Toggle({ pressed, onPressedChange, children, variant = 'switch', icon, disabled, className, id }: ToggleProps) {
  const isSwitch = variant === 'switch';
  return (
    <button
      id={id}
      type="button"
      role={isSwitch ? 'switch' : undefined}
      aria-checked={isSwitch ? pressed : undefined}
      aria-pressed={isSwitch ? undefined : pressed}
      disabled={disabled}
      className={[styles.toggle, isSwitch ? styles.switch : styles.pressable, className].filter(Boolean).join(' ')}
      onClick={() => onPressedChange(!pressed)}
    >
      {isSwitch ? (
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
      ) : null}
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      <span>{children}</span>
    </button>
  );
}
