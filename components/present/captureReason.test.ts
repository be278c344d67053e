import { describe, expect, it } from 'vitest';
import { captureReason, FigureCaptureError } from './captureFigure';
import { deckWords } from './words/deckWords.server';

describe('captureReason', () => {
  it('words a frame’s status key and its arguments in the deck’s language', () => {
    const unreadable = new FigureCaptureError('unreadable', false, { width: 1920, height: 1080, min: 9 });
    expect(captureReason(unreadable, deckWords('en'))).toMatch(/^This view holds too much to read at 1920 × 1080/);
    expect(captureReason(unreadable, deckWords('ru'))).toMatch(/1920.*1080/);
    expect(captureReason(unreadable, deckWords('ru'))).toMatch(/\p{Script=Cyrillic}/u);
    expect(captureReason(new FigureCaptureError('noPlot'), deckWords('zh'))).toMatch(/\p{Script=Han}/u);
  });

  it('says how long it waited, and passes on words that are not a status key', () => {
    expect(captureReason(new FigureCaptureError('30 s', true), deckWords('en'))).toBe('no answer after 30 s');
    expect(captureReason(new FigureCaptureError('the map could not be drawn'), deckWords('ru'))).toBe('the map could not be drawn');
  });
});
