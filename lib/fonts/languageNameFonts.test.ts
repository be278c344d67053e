import { describe, expect, it } from 'vitest';
import { nameCharacters, namesToDraw } from './languageNameFonts';

describe('the switcher’s language names', () => {
  it('draws on each page the names its own fonts lack', () => {
    expect(namesToDraw('en')).toEqual(['ru', 'zh']);
    expect(namesToDraw('ru')).toEqual(['zh']);
    expect(namesToDraw('zh')).toEqual(['ru']);
  });

  it('cuts each file to the letters of its name, each once', () => {
    expect(nameCharacters('ru')).toEqual(['Р', 'у', 'с', 'к', 'и', 'й']);
    expect(nameCharacters('zh')).toEqual(['中', '文']);
  });
});
