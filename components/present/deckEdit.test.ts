import { describe, expect, it } from 'vitest';
import { defaultDeck, slideSchema } from './deck';
import { cleanText, moveSlide, removeSlide, retitleSlide, setSlideNotes } from './deckEdit';

const deck = defaultDeck(2026);

describe('deck editing', () => {
  it('moves a slide to any place, and no further than the ends', () => {
    const moved = moveSlide(deck, 0, 2);
    expect(moved[2]).toEqual(deck[0]);
    expect(moved[0]).toEqual(deck[1]);
    expect(moveSlide(deck, 3, -4)[0]).toEqual(deck[3]);
    expect(moveSlide(deck, 3, 99).at(-1)).toEqual(deck[3]);
    expect(moveSlide(deck, 99, 0)).toEqual(deck);
    expect(moveSlide(deck, 1, 4)).toHaveLength(deck.length);
  });

  it('removes one slide', () => {
    expect(removeSlide(deck, 0)).toEqual(deck.slice(1));
  });

  it('sets and clears titles and notes, keeping them valid for the schema', () => {
    const titled = retitleSlide(deck, 1, '  The founders\tin 1996\n');
    expect(titled[1]?.title).toBe('  The founders in 1996 ');
    expect(slideSchema.safeParse(titled[1]).success).toBe(true);
    expect(retitleSlide(titled, 1, '   ')[1]).toEqual(deck[1]);

    const noted = setSlideNotes(deck, 2, 'Line one\r\nLine two\u0007\ttab');
    expect(noted[2]?.notes).toBe('Line one\nLine two  tab');
    expect(slideSchema.safeParse(noted[2]).success).toBe(true);
    expect(setSlideNotes(noted, 2, '')[2]).toEqual(deck[2]);
  });

  it('cuts text at the limits', () => {
    expect(cleanText('x'.repeat(10), 4)).toBe('xxxx');
    expect(retitleSlide(deck, 0, 'y'.repeat(500))[0]?.title).toHaveLength(160);
  });
});
