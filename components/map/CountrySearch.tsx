'use client';
/**
 * "Find a state": a combobox (WAI-ARIA 1.2, list autocomplete) over the states in the data, by
 * name or ISO alpha-3 code. Arrow keys move through the matches, Enter picks (the map zooms to
 * the state and opens its details), Escape closes the list, then clears the box.
 */
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useMapText } from './MapTextContext';
import { searchStates, type SearchableState } from './searchStates';
import styles from './MapControls.module.css';

export interface CountrySearchProps {
  states: readonly SearchableState[];
  onPick: (id: string) => void;
}

export const CountrySearch = memo(function CountrySearch({ states, onPick }: CountrySearchProps) {
  const { m, t: tf, compare } = useMapText();
  const t = m.search;
  const base = useId();
  const listId = `${base}-list`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searchStates(states, query, undefined, compare), [states, query, compare]);
  const expanded = open && query.trim() !== '';
  const activeMatch = expanded ? matches[active] : undefined;
  const optionId = (i: number) => `${base}-opt-${i}`;

  function pick(state: SearchableState) {
    setQuery(state.name);
    setOpen(false);
    onPick(state.id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (matches.length === 0 ? 0 : (a + 1) % matches.length));
        break;
      case 'ArrowUp':
        e.preventDefault();
        setOpen(true);
        setActive((a) => (matches.length === 0 ? 0 : (a - 1 + matches.length) % matches.length));
        break;
      case 'Enter':
        if (activeMatch) {
          e.preventDefault();
          pick(activeMatch);
        }
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else setQuery('');
        break;
      default:
        break;
    }
  }

  return (
    <div className={styles.search}>
      <label htmlFor={`${base}-input`} className={styles.searchLabel}>
        {tf(t.label)}
      </label>
      <div className={styles.searchBox}>
        <input
          id={`${base}-input`}
          type="text"
          role="combobox"
          className={styles.searchInput}
          autoComplete="off"
          spellCheck={false}
          placeholder={tf(t.placeholder)}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeMatch ? optionId(active) : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={tf(t.label)} className={styles.options} hidden={!expanded}>
          {matches.map((s, i) => (
            <li
              key={s.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(s)}
              onMouseMove={() => setActive(i)}
            >
              {tf(t.result, { name: s.name, code: s.id })}
            </li>
          ))}
          {matches.length === 0 && (
            <li className={styles.noOption} role="option" aria-disabled="true" aria-selected="false">
              {tf(t.noResults, { query: query.trim() })}
            </li>
          )}
        </ul>
        <span className="visually-hidden" role="status">
          {expanded ? (matches.length > 0 ? (matches.length === 1 ? tf(t.resultsOne) : tf(t.results, { count: matches.length })) : tf(t.noResults, { query: query.trim() })) : ''}
        </span>
      </div>
    </div>
  );
});
