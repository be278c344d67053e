/**
 * The deck editor's changes, as pure functions over the slide list: move, remove, retitle, set
 * notes. Text is cleaned as the deck's schema wants it (no control characters; an empty title or
 * notes field means "generated").
 */
import { DECK_LIMITS, type Slide } from './deck';

/** Control characters other than the line feed become spaces; Windows line ends become \n. */
export function cleanText(text: string, max: number): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .slice(0, max);
}

export function moveSlide(slides: readonly Slide[], from: number, to: number): Slide[] {
  if (from < 0 || from >= slides.length) return [...slides];
  const target = Math.min(slides.length - 1, Math.max(0, to));
  const out = [...slides];
  const [moved] = out.splice(from, 1);
  if (moved) out.splice(target, 0, moved);
  return out;
}

export function removeSlide(slides: readonly Slide[], index: number): Slide[] {
  return slides.filter((_, i) => i !== index);
}

export function retitleSlide(slides: readonly Slide[], index: number, title: string): Slide[] {
  const clean = cleanText(title, DECK_LIMITS.title).replace(/\n/g, ' ');
  return slides.map((s, i) => {
    if (i !== index) return s;
    const next = { ...s };
    if (clean.trim() === '') delete next.title;
    else next.title = clean;
    return next;
  });
}

export function setSlideNotes(slides: readonly Slide[], index: number, notes: string): Slide[] {
  const clean = cleanText(notes, DECK_LIMITS.notes);
  return slides.map((s, i) => {
    if (i !== index) return s;
    const next = { ...s };
    if (clean.trim() === '') delete next.notes;
    else next.notes = clean;
    return next;
  });
}
